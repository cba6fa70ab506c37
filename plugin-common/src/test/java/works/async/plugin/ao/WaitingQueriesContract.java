package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;

/**
 * What the stores promise the "waiting for me" page on any database: each read is by the person's own key, answers
 * only what still waits for them (soonest due first, bounded), and their own agreements of recent weeks for figures.
 */
abstract class WaitingQueriesContract {

    abstract AoFixture fixture();

    private AoReplyStore replies;
    private AoOwnershipStore ownership;
    private AoReportStore reports;

    @BeforeEach
    void setUp() {
        fixture().clear();
        replies = new AoReplyStore(fixture().ao());
        ownership = new AoOwnershipStore(fixture().ao());
        reports = new AoReportStore(fixture().ao());
    }

    @Test
    void theRepliesARecipientOwesAreTheirOpenOnesSoonestDueFirstAndBounded() {
        replies.save(Requests.openReply("later", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(7200)), 0);
        replies.save(Requests.openReply("sooner", ItemRef.page("TEAM", "42"), "bob", Requests.T0.plusSeconds(3600)), 0);
        replies.save(Requests.openReply("carols", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(60)), 0);
        ReplyRequest done = Requests.openReply("done", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(30));
        replies.save(done, 0);
        replies.save(Requests.answered(done, "bob"), 1);

        assertThat(replies.findOpenByRecipient("bob", 10)).extracting(ReplyRequest::id).containsExactly("sooner", "later");
        assertThat(replies.findOpenByRecipient("bob", 1)).extracting(ReplyRequest::id).containsExactly("sooner");
        assertThat(replies.findOpenByRecipient("dinesh", 10)).isEmpty();
    }

    @Test
    void aRecipientsFiguresReadTheirRequestsOfTheWeeksInAnyStateNewestFirst() {
        replies.save(opened("old", "bob", -3600), 0);
        replies.save(opened("first", "bob", 0), 0);
        ReplyRequest answered = opened("second", "bob", 60);
        replies.save(answered, 0);
        replies.save(Requests.answered(answered, "bob"), 1);
        replies.save(opened("carols", "carol", 120), 0);

        assertThat(replies.findByRecipientOpenedSince("bob", Requests.T0, 10)).extracting(ReplyRequest::id)
                .containsExactly("second", "first");
        assertThat(replies.findByRecipientOpenedSince("bob", Requests.T0, 1)).extracting(ReplyRequest::id)
                .containsExactly("second");
    }

    @Test
    void theOwnershipWaitingForAnOwnerIsTheirUnansweredRequestsSoonestDueFirst() {
        ownership.save(Requests.ownership("later", Requests.DEMO_1, "bob", Requests.T0.plusSeconds(600)), 0);
        ownership.save(Requests.ownership("sooner", ItemRef.issue("OPS", "OPS-1"), "bob", Requests.T0), 0);
        ownership.save(Requests.ownership("carols", ItemRef.issue("OPS", "OPS-2"), "carol", Requests.T0), 0);
        OwnershipRequest confirmed = Requests.ownership("confirmed", ItemRef.issue("OPS", "OPS-3"), "bob",
                Requests.T0.minusSeconds(600));
        ownership.save(confirmed, 0);
        ownership.save(answered(confirmed), 1);

        assertThat(ownership.findWaitingForOwner("bob", 10)).extracting(OwnershipRequest::id)
                .containsExactly("sooner", "later");
        assertThat(ownership.findWaitingForOwner("bob", 1)).extracting(OwnershipRequest::id).containsExactly("sooner");
    }

    @Test
    void anOwnersFiguresReadTheirRequestsOfTheWeeksInAnyStateNewestFirst() {
        ownership.save(Requests.ownership("old", Requests.DEMO_1, "bob", Requests.T0.minusSeconds(60)), 0);
        OwnershipRequest confirmed = Requests.ownership("confirmed", ItemRef.issue("OPS", "OPS-3"), "bob", Requests.T0);
        ownership.save(confirmed, 0);
        ownership.save(answered(confirmed), 1);
        ownership.save(Requests.ownership("waiting", ItemRef.issue("OPS", "OPS-4"), "bob", Requests.T0.plusSeconds(5)), 0);
        ownership.save(Requests.ownership("carols", ItemRef.issue("OPS", "OPS-5"), "carol", Requests.T0.plusSeconds(9)), 0);

        assertThat(ownership.findByOwnerOpenedSince("bob", Requests.T0, 10)).extracting(OwnershipRequest::id)
                .containsExactly("waiting", "confirmed");
    }

    @Test
    void theReportsAwaitingAReviewerAreTheOpenOnesTheyHaveNotAnsweredSoonestDeadlineFirst() {
        reports.save(report("later", "bob", ReviewerRole.REQUIRED, 48), 0);
        reports.save(report("sooner", "bob", ReviewerRole.OPTIONAL, 24), 0);
        MeetingReport answered = report("answered", "bob", ReviewerRole.REQUIRED, 8);
        reports.save(answered, 0);
        reports.save(withFeedback(answered, Feedback.of("f1", "bob", FeedbackKind.ACKNOWLEDGE, null,
                Requests.T0.plusSeconds(5))), 1);
        reports.save(report("carols", "carol", ReviewerRole.REQUIRED, 1), 0);
        MeetingReport closed = report("closed", "bob", ReviewerRole.REQUIRED, 2);
        reports.save(closed, 0);
        reports.save(closed(closed), 1);

        assertThat(reports.findAwaitingFeedbackFrom("bob", 10)).extracting(MeetingReport::id)
                .containsExactly("sooner", "later");
        assertThat(reports.findAwaitingFeedbackFrom("bob", 10).get(0).reviewer("bob")).get()
                .extracting(Reviewer::role).isEqualTo(ReviewerRole.OPTIONAL);
        assertThat(reports.findAwaitingFeedbackFrom("dinesh", 10)).isEmpty();
    }

    private static ReplyRequest opened(String id, String recipient, long secondsAfterT0) {
        ReplyRequest r = Requests.openReply(id, Requests.DEMO_1, recipient, Requests.T0.plusSeconds(secondsAfterT0 + 3600));
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(),
                r.origin(), r.window(), Requests.T0.plusSeconds(secondsAfterT0), r.originalDueAt(),
                r.renegotiatedDueAt(), r.state(), r.closedAt(), r.closedBy(), r.closeReason(), r.answerCommentId(),
                r.reminded(), r.escalationLevel(), r.version());
    }

    private static OwnershipRequest answered(OwnershipRequest r) {
        return new OwnershipRequest(r.id(), r.item(), r.owner(), r.requestedBy(), r.window(), r.openedAt(), r.dueAt(),
                OwnershipState.CONFIRMED, null, null, r.owner(), false, r.openedAt().plusSeconds(60), null, false, 0,
                r.version() + 1);
    }

    private static MeetingReport report(String id, String reviewer, ReviewerRole role, int dueHours) {
        return new MeetingReport(id, ItemRef.page("TEAM", "7"), "Weekly " + id, "Body", ReplacedMeeting.of("Weekly", 30, 5),
                "alice", List.of(Reviewer.of(reviewer, role, Requests.T0.plusSeconds(dueHours * 3600L)),
                Reviewer.of("emma", ReviewerRole.REQUIRED, Requests.T0)),
                Duration.ofHours(16), Requests.T0, MeetingReport.ReportState.OPEN, null, null, List.of(), 1);
    }

    private static MeetingReport withFeedback(MeetingReport r, Feedback feedback) {
        return new MeetingReport(r.id(), r.item(), r.title(), r.body(), r.meeting(), r.author(), r.reviewers(),
                r.feedbackWindow(), r.publishedAt(), r.state(), r.closedAt(), r.closeReason(), List.of(feedback),
                r.version() + 1);
    }

    private static MeetingReport closed(MeetingReport r) {
        return new MeetingReport(r.id(), r.item(), r.title(), r.body(), r.meeting(), r.author(), r.reviewers(),
                r.feedbackWindow(), r.publishedAt(), MeetingReport.ReportState.CLOSED, Requests.T0.plusSeconds(60),
                MeetingReport.CloseReason.DEADLINE_PASSED, r.feedback(), r.version() + 1);
    }
}
