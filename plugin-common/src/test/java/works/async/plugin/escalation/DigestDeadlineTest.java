package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.policy.NotificationPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.app.AppFixture;

/** With the daily digest on, a reminder goes in the digest only if the digest comes before the deadline. */
class DigestDeadlineTest {

    private final AppFixture f = new AppFixture();

    @BeforeEach
    void dailyDigestAtTwoInTheAfternoon() {
        f.as("admin").policies().update(PolicyScope.global(), Policy.defaults()
                .withNotifications(new NotificationPolicy(true, true, LocalTime.of(14, 0))), 0);
    }

    private ReplyRequest askBob(int workingMinutes) {
        return f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q?", workingMinutes).get(0);
    }

    @Test
    void aReminderWhoseDigestWouldComeAfterTheDeadlineGoesOutOnItsOwnAtOnce() {
        ReplyRequest asked = askBob(120); // Monday 10:00, due 12:00; reminder after 90 of 120 minutes
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));

        f.clock.set(Instant.parse("2026-03-02T11:30:00Z"));
        f.app.escalation().runOnce();

        // The 14:00 digest would have reminded bob two hours after the answer was due.
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }

    @Test
    void aReminderWhoseDigestComesBeforeTheDeadlineStillWaitsForTheDigest() {
        ReplyRequest asked = askBob(300); // Monday 10:00, due 15:00; reminder after 225 of 300 minutes, at 13:45
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));

        f.clock.set(Instant.parse("2026-03-02T13:45:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).isEmpty();

        f.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }
}
