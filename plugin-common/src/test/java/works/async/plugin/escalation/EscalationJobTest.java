package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.OutboxEntity;
import works.async.plugin.app.AppFixture;

class EscalationJobTest {

    private final AtomicBoolean failOutbox = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger facadeCalls = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread testThread = Thread.currentThread();
    /** Run once by the first page writer, just before it opens the page's transaction (see failingOutbox). */
    private final java.util.concurrent.atomic.AtomicReference<Runnable> beforePageWrite = new java.util.concurrent.atomic.AtomicReference<>();
    private final AppFixture f = new AppFixture(this::failingOutbox);

    private ReplyRequest askBob() {
        return f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q?", null).get(0);
    }

    @Test
    void aPassWithNothingDueSendsAndStoresNothing() {
        askBob(); // due Wednesday 10:00, reminder after 12 of 16 working hours (Tuesday 14:00)

        EscalationJob.Pass pass = f.app.escalation().runOnce();

        assertThat(pass).isEqualTo(new EscalationJob.Pass(0, 0, 0));
        assertThat(f.as("admin").outbox().pending(100)).isEmpty();
        assertThat(f.host.mail).isEmpty();
    }

    @Test
    void aPassAfterAnOutageSendsOnlyTheHighestLevelOnceAndItsMailSaysTheLowerOnesWereMissed() {
        ReplyRequest asked = askBob();
        // No pass ran from Monday until Tuesday week, 10:30: levels 1 (Wednesday) and 2 (Friday) passed unsent.
        f.clock.set(Instant.parse("2026-03-10T10:30:00Z"));

        f.app.escalation().runOnce();
        f.app.escalation().runOnce();

        assertThat(f.host.mail).containsExactlyInAnyOrder("bob REPLY:3:" + asked.id(), "carol REPLY:3:" + asked.id());
        assertThat(f.host.missedLevels).containsEntry("bob REPLY:3:" + asked.id(), 2)
                .containsEntry("carol REPLY:3:" + asked.id(), 2);
        assertThat(f.as("carol").replies().get(asked.id()).escalationLevel()).isEqualTo(3);
    }

    @Test
    void levelsSentAtTheirTimeStandOnlyForThemselves() {
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        f.app.escalation().runOnce();
        f.clock.set(Instant.parse("2026-03-06T10:30:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).contains("bob REPLY:1:" + asked.id(), "bob REPLY:2:" + asked.id());
        assertThat(f.host.missedLevels).isEmpty();
    }

    @Test
    void aBreachedWindowEscalatesToRecipientAndReporterOnceEvenWhenThePassRunsAgain() {
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z")); // Wednesday, past the due time, in working hours

        EscalationJob.Pass first = f.app.escalation().runOnce();
        EscalationJob.Pass second = f.app.escalation().runOnce();

        assertThat(first.notificationsPlanned()).isEqualTo(2);
        assertThat(f.host.mail).containsExactlyInAnyOrder("bob REPLY:1:" + asked.id(), "carol REPLY:1:" + asked.id());
        assertThat(second).isEqualTo(new EscalationJob.Pass(0, 0, 0));
        assertThat(f.as("carol").replies().get(asked.id()).escalationLevel()).isEqualTo(1);
    }

    @Test
    void theReminderComesAfterThePolicyFractionOfTheRecipientsWorkingTimeNotOfWallClockTime() {
        f.clock.set(Instant.parse("2026-03-06T16:00:00Z")); // Friday 16:00: due Tuesday 16:00, reminder Tuesday 12:00
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-07T12:00:00Z")); // Saturday: nothing is due
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isZero();
        f.clock.set(Instant.parse("2026-03-10T11:59:00Z"));
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isZero();

        f.clock.set(Instant.parse("2026-03-10T12:00:00Z")); // 12 of 16 working hours have passed
        f.app.escalation().runOnce();
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }

    @Test
    void notificationsPlannedOutsideWorkingHoursAreDeliveredOnlyWhenTheyStart() {
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-04T20:00:00Z")); // Wednesday evening, after the due time

        f.app.escalation().runOnce();
        List<Notification> pending = f.as("admin").outbox().pending(100);
        assertThat(pending).isNotEmpty().allSatisfy(n ->
                assertThat(n.deliverAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z")));
        assertThat(f.host.mail).isEmpty();

        f.clock.set(Instant.parse("2026-03-05T09:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).contains("bob REPLY:1:" + asked.id());
        assertThat(f.as("admin").outbox().pending(100)).isEmpty();
    }

    @Test
    void theRecordedEscalationAndItsOutboxRowsCommitTogetherOrNotAtAllAndAFailedPageIsRetriedByTheNextPass() {
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        failOutbox.set(true);

        // The page's write fails; the pass goes on (and finishes) without it.
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isZero();

        assertThat(f.as("carol").replies().get(asked.id()).escalationLevel()).isZero();
        assertThat(f.host.mail).isEmpty();
        failOutbox.set(false);
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isEqualTo(2);
    }

    @Test
    void aBacklogIsRecordedAPageAtATimeWithEveryAddresseesNotificationAndNoRowTwice() {
        List<ReplyRequest> asked = new java.util.ArrayList<>();
        for (int i = 2; i <= 41; i++) {
            f.host.issue("DEMO-" + i, "alice", "carol");
            asked.add(f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-" + i, List.of(i % 2 == 0 ? "bob" : "dave"),
                    "Q" + i + "?", null).get(0));
        }
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        facadeCalls.set(0);

        EscalationJob.Pass pass = f.app.escalation().runOnce();

        // 40 breached requests, each to its recipient and the reporter, recorded in one page transaction: a few
        // dozen calls to Active Objects for the planning, where row by row took about eight per request; delivery
        // then takes four per notification (its transaction, claim, re-read and the claim's release), so that two
        // nodes never hand one notification to the mailer twice.
        assertThat(pass.notificationsPlanned()).isEqualTo(80);
        assertThat(pass.delivered()).isEqualTo(80);
        assertThat(facadeCalls.get()).isLessThan(50 + 4 * 80); // with the dozen that read and replace the pass's wakes
        for (ReplyRequest r : asked) {
            assertThat(f.host.mail).contains(r.recipient() + " REPLY:1:" + r.id(), "carol REPLY:1:" + r.id());
            assertThat(f.as("carol").replies().get(r.id())).satisfies(stored -> {
                assertThat(stored.escalationLevel()).isEqualTo(1);
                assertThat(stored.version()).isEqualTo(r.version() + 1);
            });
        }
        assertThat(f.app.escalation().runOnce()).isEqualTo(new EscalationJob.Pass(0, 0, 0));
    }

    @Test
    void aRequestAnsweredAfterItsPageWasPlannedIsLeftAloneAndTheRestOfThePageIsSent() {
        List<ReplyRequest> asked = new java.util.ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            f.host.issue("DEMO-" + i, "alice", "carol");
            asked.add(f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-" + i, List.of("bob"), "Q" + i + "?", null).get(0));
        }
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        ReplyRequest answered = asked.get(2);
        // Bob answers after the pass planned his request's escalation and before the page is stored.
        beforePageWrite.set(() -> f.as("bob").replies().answer(answered.id()));

        EscalationJob.Pass pass = f.app.escalation().runOnce();

        assertThat(pass.notificationsPlanned()).isEqualTo(8);
        assertThat(f.host.mail).hasSize(8).noneMatch(m -> m.endsWith(answered.id()));
        assertThat(f.as("carol").replies().get(answered.id())).satisfies(r -> {
            assertThat(r.state()).isEqualTo(works.async.core.reply.ReplyState.ANSWERED);
            assertThat(r.escalationLevel()).isZero();
        });
        for (ReplyRequest r : asked) {
            if (r != answered) {
                assertThat(f.as("carol").replies().get(r.id()).escalationLevel()).isEqualTo(1);
            }
        }
    }

    @Test
    void anOwnershipLeftUnconfirmedPastItsWindowEscalatesOnceToTheOwnerAndTheReporter() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        var opened = f.as("alice").ownership().current(ItemRef.Kind.JIRA_ISSUE, "DEMO-1").orElseThrow(); // due Tue 10:00
        f.clock.set(Instant.parse("2026-03-03T10:30:00Z"));

        EscalationJob.Pass pass = f.app.escalation().runOnce();

        assertThat(pass.notificationsPlanned()).isGreaterThanOrEqualTo(2);
        assertThat(f.host.mail).contains("alice OWNERSHIP:1:" + opened.id(), "carol OWNERSHIP:1:" + opened.id());
        var stored = f.as("alice").ownership().current(ItemRef.Kind.JIRA_ISSUE, "DEMO-1").orElseThrow();
        assertThat(stored.escalationLevel()).isEqualTo(1);
        assertThat(stored.version()).isGreaterThan(opened.version());
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isZero();
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThatThrownBy(() -> f.as("alice").outbox().pending(10)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    /**
     * Fails inserting outbox rows while the flag is set, to show the state change rolls back with them, and runs
     * {@link #beforePageWrite}.
     */
    private ActiveObjects failingOutbox(ActiveObjects real) {
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    facadeCalls.incrementAndGet();
                    // Pages are planned on the pass's thread and written on writer threads; on HSQLDB transactions
                    // run one at a time, so the concurrent answer commits just before the page's transaction starts.
                    if (method.getName().equals("executeInTransaction") && Thread.currentThread() != testThread) {
                        Runnable concurrent = beforePageWrite.getAndSet(null);
                        if (concurrent != null) {
                            concurrent.run();
                        }
                    }
                    if (failOutbox.get() && method.getName().equals("create") && args[0] == OutboxEntity.class) {
                        throw new IllegalStateException("outbox unavailable");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
