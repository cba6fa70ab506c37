package works.async.plugin.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import works.async.core.ItemRef;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReportStore;
import works.async.plugin.followup.Followup;

/** Core's report store plus the panel's bounded read and the escalation pass's reviewer rows. */
public interface MeetingReportStore extends ReportStore {

    /** Reports on the item, newest first, at most {@code limit}, as the panel shows them (without their children). */
    List<ReportSummary> findSummariesByItem(ItemRef item, int limit);

    /** The reports of these ids (at most 1,000) with their reviewers and feedback. */
    List<MeetingReport> findByIds(Collection<String> ids);

    /**
     * Open reports on which {@code userKey} is a reviewer (required or optional) and has not responded yet, soonest
     * reviewer deadline first, from at most {@code limit} reviewer rows read by the (user, report state) index, with
     * their reviewers and feedback: the reviewer's "waiting for me" page.
     */
    List<MeetingReport> findAwaitingFeedbackFrom(String userKey, int limit);

    /**
     * Reviewers whose next check has come ({@code now} or earlier), ordered by (next check, row) strictly after
     * ({@code afterCheck} in epoch milliseconds, {@code afterRow}); settled reviewers are never returned.
     */
    List<DueReviewer> findReviewersDue(Instant now, long afterCheck, int afterRow, int limit);

    /** Reviewers the escalation pass could not plan, soonest retry first, at most {@code limit}. */
    List<DueReviewer> findReviewersWithProblems(int limit);

    /**
     * Stores when the pass looks at a reviewer next, if the report is still at the version the pass planned from
     * (checked in the same transaction; call it inside the caller's).
     */
    void setReviewerFollowup(String reportId, long reportVersion, String userKey, Followup followup);

    /** Settles the reviewers of a report that does not exist (nothing can be planned for them); returns how many. */
    int settleReviewersOfMissingReport(String reportId);
}
