package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.reply.ReplyRequest;

/** The outbox: written with the state change, never twice per key, delivered at least once and in pages. */
abstract class OutboxContract {

    abstract AoFixture fixture();

    private AoReplyStore store;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoReplyStore(fixture().ao());
        outbox = new Outbox(fixture().ao());
    }

    static Notification escalation(String requestId, int level, Instant deliverAt) {
        return new Notification(new NotificationKey(requestId, DeadlineKind.REPLY, level), "alice", "bob",
                Requests.T0, deliverAt, false);
    }

    @Test
    void theNotificationIsStoredWithTheChangeThatDecidedItAndRepeatsAreSkippedWhileTheChangeCommits() {
        ReplyRequest open = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(open, 0);
        ReplyRequest level1 = Requests.escalated(open, 1);
        store.saveWithNotifications(level1, 1, List.of(escalation("r1", 1, Requests.T0)));

        // A re-run that decides the same notification again along with another change.
        ReplyRequest renegotiated = Requests.renegotiated(level1, Requests.T0.plusSeconds(86_400));
        store.saveWithNotifications(renegotiated, 2, List.of(escalation("r1", 1, Requests.T0)));

        assertThat(outbox.count(new NotificationKey("r1", DeadlineKind.REPLY, 1))).isEqualTo(1);
        assertThat(store.findById("r1")).contains(renegotiated);
    }

    @Test
    void everyAddresseeOfOneEscalationGetsExactlyOneRowAlsoWhenTheDecisionIsWrittenAgain() {
        ReplyRequest open = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(open, 0);
        NotificationKey key = new NotificationKey("r1", DeadlineKind.REPLY, 1);
        List<Notification> decision = List.of(
                new Notification(key, "bob", "bob", Requests.T0, Requests.T0, false),
                new Notification(key, "lead", "bob", Requests.T0, Requests.T0.plusSeconds(3600), false),
                new Notification(key, "coordinator", "bob", Requests.T0, Requests.T0, true));
        ReplyRequest level1 = Requests.escalated(open, 1);

        store.saveWithNotifications(level1, 1, decision);
        // The job re-runs the same decision (e.g. after a crash), together with the next change of the request.
        store.saveWithNotifications(Requests.renegotiated(level1, Requests.T0.plusSeconds(86_400)), 2, decision);
        int repeated = fixture().ao().executeInTransaction(() -> outbox.write(List.of(decision.get(1), decision.get(1))));

        assertThat(repeated).isZero();
        assertThat(outbox.count(key)).isEqualTo(3);
        assertThat(outbox.pending(10)).containsExactlyInAnyOrderElementsOf(decision);
    }

    @Test
    void addresseesAndRequestIdsThatCouldBlurTogetherStayApart() {
        String longId = "x".repeat(255);
        List<Notification> notes = List.of(
                new Notification(new NotificationKey("a|b", DeadlineKind.REPLY, 1), "c", "c", Requests.T0, Requests.T0, false),
                new Notification(new NotificationKey("a", DeadlineKind.REPLY, 1), "b|c", "b|c", Requests.T0, Requests.T0, false),
                new Notification(new NotificationKey(longId, DeadlineKind.REPLY, 1), "y".repeat(255), "z", Requests.T0, Requests.T0, false));

        assertThat(fixture().ao().executeInTransaction(() -> outbox.write(notes))).isEqualTo(3);
        assertThat(fixture().ao().executeInTransaction(() -> outbox.write(notes))).isZero();
        assertThat(outbox.pending(10)).containsExactlyInAnyOrderElementsOf(notes);
    }

    @Test
    void aConflictingChangeLeavesNoNotificationBehind() {
        ReplyRequest open = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(open, 0);
        store.save(Requests.answered(open, "bob"), 1);

        assertThatThrownBy(() -> store.saveWithNotifications(Requests.escalated(open, 1), 1, List.of(escalation("r1", 1, Requests.T0))))
                .hasMessageContaining("reload");
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void deliveryTakesOnlyDueRowsOldestFirstAcrossPagesAndOnlyOnce() {
        List<Notification> notes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            notes.add(escalation("r" + i, 1, Requests.T0.plusSeconds(i)));
        }
        notes.add(escalation("later", 1, Requests.T0.plusSeconds(3600)));
        fixture().ao().executeInTransaction(() -> outbox.write(notes));
        List<String> received = new ArrayList<>();

        int delivered = outbox.deliverDue(Requests.T0.plusSeconds(60), 3, n -> received.add(n.key().requestId()));

        assertThat(delivered).isEqualTo(7);
        assertThat(received).containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(outbox.deliverDue(Requests.T0.plusSeconds(60), 3, n -> received.add("again"))).isZero();
        assertThat(outbox.pending(10)).extracting(n -> n.key().requestId()).containsExactly("later");
    }

    @Test
    void aCrashBetweenDeliveringAndMarkingRepeatsOnlyThatOneRow() {
        List<Notification> notes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            notes.add(escalation("r" + i, 1, Requests.T0));
        }
        fixture().ao().executeInTransaction(() -> outbox.write(notes));
        List<String> deliveries = new ArrayList<>();
        AtomicBoolean crashed = new AtomicBoolean();

        // The mail went out for r2, then the node died before the row was marked.
        assertThatThrownBy(() -> outbox.deliverDue(Requests.T0, 2, n -> {
            deliveries.add(n.key().asString());
            if (n.key().requestId().equals("r2") && crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("node died");
            }
        })).hasMessage("node died");
        new Outbox(fixture().ao()).deliverDue(Requests.T0, 2, n -> deliveries.add(n.key().asString()));

        assertThat(deliveries).hasSize(6);
        assertThat(deliveries.stream().filter(k -> k.endsWith(":r2")).count()).isEqualTo(2);
        Set<String> afterDedupe = new LinkedHashSet<>(deliveries);
        assertThat(afterDedupe).hasSize(5);
        assertThat(outbox.pending(10)).isEmpty();
    }
}
