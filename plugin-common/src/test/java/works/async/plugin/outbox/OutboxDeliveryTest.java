package works.async.plugin.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.app.AppFixture;
import works.async.plugin.escalation.EscalationJob;

/** Through the escalation job: a refused addressee is recorded and retried, and never holds up anyone else. */
class OutboxDeliveryTest {

    private final AppFixture f = new AppFixture();

    /** Bob is asked on DEMO-1 (reported by carol); by Wednesday 10:30 the window is breached. */
    private ReplyRequest breached() {
        ReplyRequest asked = f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q?", null).get(0);
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        return asked;
    }

    @Test
    void aRefusedAddresseeIsRecordedWhileTheOthersAreDeliveredInTheSamePass() {
        ReplyRequest asked = breached();
        f.host.refusedMail.add("bob");

        EscalationJob.Pass first = f.app.escalation().runOnce();
        EscalationJob.Pass second = f.app.escalation().runOnce();

        assertThat(first.delivered()).isEqualTo(1);
        assertThat(f.host.mail).containsExactly("carol REPLY:1:" + asked.id());
        assertThat(second.delivered()).isZero();
        List<OutboxRow> rows = f.as("admin").outbox().rows(10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.notification().addressee()).isEqualTo("bob");
            assertThat(row.state()).isEqualTo(OutboxRow.State.FAILING);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).isEqualTo("550 Recipient address rejected: bob");
            assertThat(row.about()).contains(ItemRef.issue("DEMO", "DEMO-1"));
        });
    }

    @Test
    void oncePastItsBackOffTheRowIsDeliveredWhenTheMailServerAcceptsItAgain() {
        ReplyRequest asked = breached();
        f.host.refusedMail.add("bob");
        f.app.escalation().runOnce();
        f.host.refusedMail.clear();

        f.clock.set(f.clock.instant().plusSeconds(30));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).doesNotContain("bob REPLY:1:" + asked.id());
        f.clock.set(f.clock.instant().plusSeconds(30));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).containsExactlyInAnyOrder("carol REPLY:1:" + asked.id(), "bob REPLY:1:" + asked.id());
        assertThat(f.as("admin").outbox().rows(10)).isEmpty();
    }

    @Test
    void anAdministratorRetriesAParkedNotificationAndTheNextPassDeliversIt() {
        ReplyRequest asked = breached();
        f.host.refusedMail.add("bob");
        for (int i = 0; i < Backoff.MAX_ATTEMPTS + 2; i++) {
            f.app.escalation().runOnce();
            f.clock.set(f.clock.instant().plusSeconds(3_600));
        }
        OutboxRow parked = f.as("admin").outbox().rows(10).get(0);
        assertThat(parked.state()).isEqualTo(OutboxRow.State.PARKED);
        assertThat(parked.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
        f.host.refusedMail.clear();
        f.app.escalation().runOnce();
        assertThat(f.host.mail).doesNotContain("bob REPLY:1:" + asked.id());

        f.as("admin").outbox().retry(parked.id());
        f.app.escalation().runOnce();

        assertThat(f.host.mail).contains("bob REPLY:1:" + asked.id());
        assertThat(f.as("admin").outbox().rows(10)).isEmpty();
        assertThatThrownBy(() -> f.as("admin").outbox().retry(parked.id()))
                .extracting("code").isEqualTo(ErrorCode.ALREADY_DELIVERED);
    }

    @Test
    void onlyAdministratorsRetryAndAnUnknownRowIsNotFound() {
        breached();
        f.host.refusedMail.add("bob");
        f.app.escalation().runOnce();
        int id = f.as("admin").outbox().rows(10).get(0).id();

        assertThatThrownBy(() -> f.as("carol").outbox().retry(id)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.as("carol").outbox().rows(10)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.as("admin").outbox().retry(id + 1_000)).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.as("admin").outbox().rows(10).get(0).attempts()).isEqualTo(1);
    }
}
