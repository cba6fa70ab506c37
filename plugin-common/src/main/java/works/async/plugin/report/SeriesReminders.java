package works.async.plugin.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import works.async.core.report.ReportSeries;

/** When a series' author can first be reminded of its next report, whatever their zone and working hours. */
public final class SeriesReminders {

    private SeriesReminders() {
    }

    /** No zone is more than 14 hours ahead of UTC, so no author's reminder for the date can come before this. */
    public static Instant earliest(ReportSeries series) {
        return series.nextOccurrence().atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
    }
}
