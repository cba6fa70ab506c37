package works.async.core.report;

import java.util.List;
import java.util.Objects;

/** The report as it stands after an operation, and what happened (empty for a harmless repeat). */
public record ReportChange(MeetingReport report, List<ReportEvent> events) {

    public ReportChange {
        Objects.requireNonNull(report, "report");
        events = List.copyOf(events);
    }
}
