package works.async.plugin.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;
import works.async.plugin.access.Access;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.Scheduled;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.DueReviewer;
import works.async.plugin.report.MeetingReportStore;
import works.async.core.report.ReviewerRef;

/**
 * The administrators' "needs attention" list: requests and reviewers the escalation pass could not plan (a calendar
 * without working time, a policy it cannot read), with what is wrong and when the pass tries again.
 */
public final class Attention {

    /** At most this many rows of each kind; a longer list is a sign of one shared cause, visible in its first rows. */
    public static final int MAX_ROWS = 200;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final MeetingReportStore reports;
    private final Access access;

    public Attention(OwnershipRequestStore ownership, ReplyRequestStore replies, MeetingReportStore reports,
                     Access access) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * One row the pass could not plan.
     *
     * @param kind      OWNERSHIP, REPLY or REPORT_FEEDBACK
     * @param requestId the request (for report feedback "reportId/reviewer")
     * @param item      the issue or page it is on, or null when unknown (a reviewer's report could not be read)
     * @param problem   what went wrong, as the pass recorded it
     * @param retries   passes in a row that failed on it
     * @param nextRetry when the pass tries again
     */
    public record Row(DeadlineKind kind, String requestId, ItemRef item, String problem, int retries, Instant nextRetry) {
    }

    /** Every kind's problem rows, soonest retry first; administrators only. */
    public List<Row> rows() {
        access.requireAdmin();
        List<Row> rows = new ArrayList<>();
        for (Scheduled<OwnershipRequest> s : ownership.findWithProblems(MAX_ROWS)) {
            rows.add(row(DeadlineKind.OWNERSHIP, s.request().id(), s.request().item(), s.followup()));
        }
        for (Scheduled<ReplyRequest> s : replies.findWithProblems(MAX_ROWS)) {
            rows.add(row(DeadlineKind.REPLY, s.request().id(), s.request().item(), s.followup()));
        }
        List<DueReviewer> reviewers = reports.findReviewersWithProblems(MAX_ROWS);
        Map<String, ItemRef> items = new HashMap<>();
        for (MeetingReport r : reports.findByIds(reviewers.stream().map(DueReviewer::reportId).distinct().toList())) {
            items.put(r.id(), r.item());
        }
        for (DueReviewer d : reviewers) {
            rows.add(row(DeadlineKind.REPORT_FEEDBACK, new ReviewerRef(d.reportId(), d.userKey()).asString(), items.get(d.reportId()),
                    d.followup()));
        }
        rows.sort(Comparator.comparing(Row::nextRetry, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static Row row(DeadlineKind kind, String id, ItemRef item, Followup f) {
        return new Row(kind, id, item, f.problem(), f.retries(), f.nextCheckAt());
    }
}
