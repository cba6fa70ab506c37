package works.async.plugin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.OutboxEntity;

class EscalationJobTest {

    private final AtomicBoolean failOutbox = new AtomicBoolean();
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
    void theRecordedEscalationAndItsOutboxRowsCommitTogetherOrNotAtAll() {
        ReplyRequest asked = askBob();
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        failOutbox.set(true);

        assertThatThrownBy(() -> f.app.escalation().runOnce()).hasMessageContaining("outbox unavailable");

        assertThat(f.as("carol").replies().get(asked.id()).escalationLevel()).isZero();
        failOutbox.set(false);
        assertThat(f.app.escalation().runOnce().notificationsPlanned()).isEqualTo(2);
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThatThrownBy(() -> f.as("alice").outbox().pending(10)).extracting("code").isEqualTo("forbidden");
    }

    /** Fails inserting outbox rows while the flag is set, to show the state change rolls back with them. */
    private ActiveObjects failingOutbox(ActiveObjects real) {
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
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
