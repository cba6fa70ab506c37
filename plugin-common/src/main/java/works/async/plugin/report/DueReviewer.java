package works.async.plugin.report;

import java.util.Objects;

import works.async.plugin.followup.Followup;

/**
 * A report reviewer whose next check has come, as the escalation pass reads it before loading the report.
 *
 * @param rowId    the reviewer row (the scan's keyset position, with the next check)
 * @param reportId the report
 * @param userKey  the reviewer
 * @param followup what the pass stored on the row last time
 */
public record DueReviewer(int rowId, String reportId, String userKey, Followup followup) {

    public DueReviewer {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(followup, "followup");
    }
}
