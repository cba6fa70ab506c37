package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import works.async.aohost.AoDatabase;
import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.app.AppFixture;

/**
 * A backlog several pages long: the pass plans each page on its own thread while {@link PageWriters} store earlier
 * pages at the same time, and still every request is escalated exactly once and every notification sent once.
 */
abstract class EscalationBacklogContract {

    /** Three pages: two full, one partial. */
    private static final int BACKLOG = 2 * EscalationJob.PAGE + 1;

    /** A database for one test; emptied by the fixture. */
    abstract AoDatabase database();

    @Test
    void aBacklogOfSeveralPagesIsEscalatedOnceEachWithEveryNotificationSentOnce() {
        AppFixture f = new AppFixture(database(), null);
        List<ReplyRequest> asked = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            asked.add(f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of(i % 2 == 0 ? "bob" : "dave"),
                    "Q" + i + "?", null).get(0));
        }
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));

        EscalationJob.Pass pass = f.app.escalation().runOnce();

        // Each breached request notifies its recipient and the reporter (carol).
        assertThat(pass.notificationsPlanned()).isEqualTo(2 * BACKLOG);
        assertThat(pass.delivered()).isEqualTo(2 * BACKLOG);
        assertThat(f.host.mail).hasSize(2 * BACKLOG).doesNotHaveDuplicates();
        for (ReplyRequest r : asked) {
            assertThat(f.host.mail).contains(r.recipient() + " REPLY:1:" + r.id(), "carol REPLY:1:" + r.id());
            ReplyRequest stored = f.as("carol").replies().get(r.id());
            assertThat(stored.escalationLevel()).isEqualTo(1);
            assertThat(stored.version()).isEqualTo(r.version() + 1);
        }
        assertThat(f.app.escalation().runOnce()).isEqualTo(new EscalationJob.Pass(0, 0, 0));
    }
}
