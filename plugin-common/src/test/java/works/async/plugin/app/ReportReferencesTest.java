package works.async.plugin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.plugin.outbox.OutboxRow;
import works.async.plugin.report.ReportActions;

/**
 * The references that tie a report's reviewers and questions to reply requests and notifications are stored as they
 * always were, and lead back to the right report, even for a reviewer whose user key contains '/'.
 */
class ReportReferencesTest {

    private final AppFixture f = new AppFixture(); // Monday 2 March 2026, 10:00 UTC

    private MeetingReport publish(List<String> reviewers) {
        // 40 working hours for feedback: due next Monday 10:00, the reviewers' reminder on Thursday 16:00.
        return f.as("carol").reports().publish(new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", "Weekly sync",
                "Notes", ReplacedMeeting.of("Weekly sync", 30, 3), reviewers, List.of(), 40 * 60));
    }

    @Test
    void answeringTheReplyRequestAQuestionOpenedMarksTheQuestionAnswered() {
        MeetingReport report = publish(List.of("bob", "dave"));
        String questionId = f.as("bob").reports().feedback(report.id(), FeedbackKind.QUESTION, "Which dashboard?")
                .feedback().get(0).id();

        ReplyRequest toCarol = f.as("carol").replies().openForMe().get(0);
        assertThat(toCarol.origin()).isEqualTo(new ReplyOrigin(ReplyOrigin.Kind.REPORT_QUESTION, report.id() + "/" + questionId));
        f.as("carol").replies().answer(toCarol.id());

        assertThat(f.as("carol").reports().get(report.id()).feedback()).singleElement()
                .satisfies(q -> assertThat(q.answered()).isTrue());
    }

    @Test
    void aReviewerWhoseKeyContainsASlashIsRemindedAndTheOutboxFindsTheIssue() {
        f.host.user("ops/dana", "UTC");
        MeetingReport report = publish(List.of("ops/dana"));
        f.host.refusedMail.add("ops/dana");

        f.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.as("admin").outbox().rows(10)).singleElement().satisfies(row -> {
            assertThat(row.notification().key().requestId()).isEqualTo(report.id() + "/ops/dana");
            assertThat(row.state()).isEqualTo(OutboxRow.State.FAILING);
            assertThat(row.about()).contains(ItemRef.issue("DEMO", "DEMO-1"));
        });
    }
}
