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
import works.async.plugin.outbox.Backoff;
import works.async.plugin.outbox.FailureText;
import works.async.plugin.outbox.OutboxRow;

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

    /** A node dying (an Error, not a refusal) between the mail going out and the row being marked. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("node died");
        }
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
                throw new NodeDied();
            }
        })).isInstanceOf(NodeDied.class);
        new Outbox(fixture().ao()).deliverDue(Requests.T0, 2, n -> deliveries.add(n.key().asString()));

        assertThat(deliveries).hasSize(6);
        assertThat(deliveries.stream().filter(k -> k.endsWith(":r2")).count()).isEqualTo(2);
        Set<String> afterDedupe = new LinkedHashSet<>(deliveries);
        assertThat(afterDedupe).hasSize(5);
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void twoNodesDeliveringTheSameOutboxAtOnceHandEachNotificationToTheMailerOnce() throws Exception {
        List<Notification> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(escalation("r" + i, 1, Requests.T0));
        }
        fixture().ao().executeInTransaction(() -> outbox.write(notes));
        List<String> mailed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> passes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                Outbox own = new Outbox(fixture().ao());
                passes.add(nodes.submit(() -> {
                    start.await();
                    // A mail server that takes a moment, so the two passes overlap on every page.
                    return own.deliverDue(Requests.T0, 5, n -> {
                        mailed.add(n.key().asString());
                        Thread.onSpinWait();
                    });
                }));
            }
            start.countDown();
            int delivered = 0;
            for (java.util.concurrent.Future<Integer> pass : passes) {
                delivered += pass.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }

            assertThat(mailed).hasSize(40).doesNotHaveDuplicates();
            assertThat(delivered).isEqualTo(40);
            assertThat(outbox.pending(50)).isEmpty();
        } finally {
            nodes.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- failing deliveries

    /** Three people's notifications, all due at T0; bob's two come first in delivery order (by id). */
    private void threeAddresseesDue() {
        NotificationKey r1 = new NotificationKey("r1", DeadlineKind.REPLY, 1);
        NotificationKey r2 = new NotificationKey("r2", DeadlineKind.REPLY, 1);
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(
                new Notification(r1, "bob", "bob", Requests.T0, Requests.T0, false),
                new Notification(r2, "bob", "bob", Requests.T0, Requests.T0, false),
                new Notification(r1, "carol", "bob", Requests.T0, Requests.T0, false),
                new Notification(r2, "dave", "bob", Requests.T0, Requests.T0, false))));
    }

    /** A mailer that refuses bob, the way a mail server refuses one address, and accepts everyone else. */
    private static java.util.function.Consumer<Notification> refusing(String refused, List<String> accepted) {
        return n -> {
            if (n.addressee().equals(refused)) {
                throw new IllegalStateException("javax.mail.SendFailedException: 550 5.1.1 <" + refused
                        + "@example.com>: Recipient address rejected\n\tat com.example.Smtp.send(Smtp.java:42)");
            }
            accepted.add(n.addressee() + " " + n.key().asString());
        };
    }

    @Test
    void oneRefusedAddresseeDoesNotStopTheOthersInTheSamePassAndThePassEnds() {
        threeAddresseesDue();
        List<String> accepted = new ArrayList<>();

        // A page of 2 holds only bob's rows: the pass must get past them to reach carol and dave.
        int delivered = outbox.deliverDue(Requests.T0, 2, refusing("bob", accepted));

        assertThat(delivered).isEqualTo(2);
        assertThat(accepted).containsExactly("carol REPLY:1:r1", "dave REPLY:1:r2");
        // Nothing new piles up: only bob's two rows wait, and a second pass at the same moment tries nobody.
        assertThat(outbox.undelivered(10)).extracting(r -> r.notification().addressee()).containsExactly("bob", "bob");
        assertThat(outbox.deliverDue(Requests.T0, 2, n -> accepted.add("again " + n.addressee()))).isZero();
        assertThat(accepted).hasSize(2);
    }

    @Test
    void aFailureIsRecordedOnItsRowWithAttemptsAndAShortMessageWithoutClassNameOrStackTrace() {
        threeAddresseesDue();

        outbox.deliverDue(Requests.T0, 10, refusing("bob", new ArrayList<>()));

        List<OutboxRow> rows = outbox.undelivered(10);
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.notification().addressee()).isEqualTo("bob");
            assertThat(row.state()).isEqualTo(OutboxRow.State.FAILING);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastAttemptAt()).isEqualTo(Requests.T0);
            assertThat(row.lastError()).isEqualTo("550 5.1.1 <bob@example.com>: Recipient address rejected");
            assertThat(row.notification().deliverAt()).isEqualTo(Requests.T0.plusSeconds(60));
        });
    }

    @Test
    void aRowWhoseKeyNamesNoReviewerIsListedWithoutItsItemAndTheOthersStillAre() {
        // A reviewer's key is "reportId/userKey"; one without the separator (a hand-edited row) names no report.
        Notification malformed = new Notification(new NotificationKey("no-separator", DeadlineKind.REPORT_FEEDBACK, 1),
                "alice", "bob", Requests.T0, Requests.T0, false);
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(malformed, escalation("r1", 1, Requests.T0))));

        List<OutboxRow> rows = outbox.undelivered(10);

        assertThat(rows).extracting(r -> r.notification().key().requestId()).containsExactlyInAnyOrder("no-separator", "r1");
        assertThat(rows).filteredOn(r -> r.notification().key().requestId().equals("no-separator"))
                .singleElement().satisfies(r -> assertThat(r.about()).isEmpty());
    }

    @Test
    void aLongOrEmptyMessageIsStoredCutToItsLimitOrEmpty() {
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(escalation("long", 1, Requests.T0),
                escalation("silent", 1, Requests.T0))));

        outbox.deliverDue(Requests.T0, 10, n -> {
            throw n.key().requestId().equals("long") ? new IllegalStateException("x".repeat(5_000))
                    : new IllegalStateException(new RuntimeException());
        });

        assertThat(outbox.undelivered(10)).extracting(OutboxRow::lastError)
                .containsExactlyInAnyOrder("x".repeat(FailureText.MAX_LENGTH - 1) + "\u2026", "");
    }

    @Test
    void aFailedRowIsTriedAgainAfterItsBackOffAndDeliveredOnceTheMailerAcceptsIt() {
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(escalation("r1", 1, Requests.T0))));
        AtomicBoolean refusing = new AtomicBoolean(true);
        List<Instant> tries = new ArrayList<>();
        java.util.function.Function<Instant, Integer> passAt = now -> outbox.deliverDue(now, 10, n -> {
            tries.add(now);
            if (refusing.get()) {
                throw new IllegalStateException("mail server unavailable");
            }
        });

        passAt.apply(Requests.T0); // fails: next try 1 minute later
        passAt.apply(Requests.T0.plusSeconds(59));
        passAt.apply(Requests.T0.plusSeconds(60)); // fails again: next try 2 minutes later
        passAt.apply(Requests.T0.plusSeconds(179));
        refusing.set(false);
        int delivered = passAt.apply(Requests.T0.plusSeconds(180));
        passAt.apply(Requests.T0.plusSeconds(3_600));

        assertThat(tries).containsExactly(Requests.T0, Requests.T0.plusSeconds(60), Requests.T0.plusSeconds(180));
        assertThat(delivered).isEqualTo(1);
        assertThat(outbox.undelivered(10)).isEmpty();
    }

    @Test
    void afterTheLastAttemptTheRowIsParkedAndNotTriedAgain() {
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(escalation("r1", 1, Requests.T0))));
        List<Instant> tries = new ArrayList<>();
        Instant now = Requests.T0;
        // Hourly passes for two days: far more than the back-off needs for every attempt.
        for (int hour = 0; hour < 48; hour++, now = now.plusSeconds(3_600)) {
            Instant at = now;
            outbox.deliverDue(at, 10, n -> {
                tries.add(at);
                throw new IllegalStateException("550 mailbox unavailable");
            });
        }

        assertThat(tries).hasSize(Backoff.MAX_ATTEMPTS);
        assertThat(outbox.pending(10)).isEmpty();
        assertThat(outbox.undelivered(10)).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(OutboxRow.State.PARKED);
            assertThat(row.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
            assertThat(row.lastError()).isEqualTo("550 mailbox unavailable");
        });
    }

    @Test
    void aRetriedParkedRowIsDeliveredByTheNextPassAndAnUnknownIdIsNotFound() {
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(escalation("r1", 1, Requests.T0))));
        Instant now = Requests.T0;
        for (int i = 0; i < Backoff.MAX_ATTEMPTS; i++, now = now.plusSeconds(3_600)) {
            outbox.deliverDue(now, 10, n -> {
                throw new IllegalStateException("refused");
            });
        }
        OutboxRow parked = outbox.undelivered(10).get(0);
        assertThat(parked.state()).isEqualTo(OutboxRow.State.PARKED);
        List<String> accepted = new ArrayList<>();
        assertThat(outbox.deliverDue(now, 10, n -> accepted.add(n.addressee()))).isZero();

        OutboxRow retried = outbox.retry(parked.id(), now).orElseThrow();
        int delivered = outbox.deliverDue(now, 10, n -> accepted.add(n.addressee()));

        assertThat(retried.state()).isEqualTo(OutboxRow.State.WAITING);
        assertThat(retried.notification().deliverAt()).isEqualTo(now);
        assertThat(delivered).isEqualTo(1);
        assertThat(accepted).containsExactly("alice");
        assertThat(outbox.isDelivered(parked.id())).isTrue();
        assertThat(outbox.retry(parked.id() + 1_000, now)).isEmpty();
    }

    @Test
    void eachUndeliveredRowNamesTheIssueOrPageItsRequestIsAbout() {
        store.saveWithNotifications(Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0), 0,
                List.of(escalation("r1", 1, Requests.T0)));
        fixture().ao().executeInTransaction(() -> outbox.write(List.of(escalation("gone", 1, Requests.T0))));

        assertThat(outbox.undelivered(10)).extracting(r -> r.notification().key().requestId() + " "
                + r.about().map(works.async.core.ItemRef::itemKey).orElse("-"))
                .containsExactly("r1 " + Requests.DEMO_1.itemKey(), "gone -");
    }
}
