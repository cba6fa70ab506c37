package works.async.plugin.report;

import java.time.Instant;
import java.util.Objects;

import works.async.core.report.MeetingReport;

/**
 * What the item panel shows of a report, read from the report row alone (reviewers and feedback are loaded only
 * when the report itself is opened), so the panel stays within its query budget.
 *
 * @param id          report id
 * @param title       title as typed
 * @param author      who wrote it
 * @param publishedAt when feedback opened
 * @param closesAt    the latest required reviewer's deadline
 * @param state       open or closed
 * @param version     version, for links that act on it
 */
public record ReportSummary(String id, String title, String author, Instant publishedAt, Instant closesAt,
                            MeetingReport.ReportState state, long version) {

    public ReportSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
