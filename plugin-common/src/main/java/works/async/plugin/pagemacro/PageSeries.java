package works.async.plugin.pagemacro;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;

/**
 * What one page save does to the recurring series of an {@code async-report} macro, decided from its {@code series}
 * parameter, the series as stored and the save's date in the series author's zone. A page series counts its dates
 * from its first report's date; its {@code occurrenceIndex} is the index of the next date (at least 1: the report
 * that started it is the first). The dates follow the core rule (counted from the first date, so a monthly series of
 * the 31st comes back to the 31st), and only a save with a new report text on or after the next date makes the next
 * report: someone fixing a typo on the report's day does not publish last week's text again.
 */
public final class PageSeries {

    /** What the save does to the series. */
    public enum Change {
        /** Nothing: no series wanted and none stored, or the series stays as it is. */
        NONE,
        /** The macro's series parameter was set: its report is the series' first, the next is one cadence later. */
        STARTED,
        /** The cadence changed: the next date is counted from the current report's date, never in the past. */
        RETIMED,
        /** The same dates, another meeting (its name, length or size changed in the macro). */
        UPDATED,
        /** Saved with new text on or after the next date: a new report of the series, the series at its next date. */
        NEXT_REPORT,
        /** {@code none}, or no {@code series} parameter: the series ends, the reports stay. */
        ENDED
    }

    /** The change and the series to store (null for {@code NONE} and {@code ENDED}). */
    record Decision(Change change, ReportSeries series) {

        Decision {
            Objects.requireNonNull(change, "change");
        }
    }

    private PageSeries() {
    }

    /**
     * @param stored   the macro's series as stored
     * @param id       the macro's series id
     * @param page     the page the reports are on
     * @param meeting  the meeting the macro replaces
     * @param saver    who saved the page (the author of a series it starts)
     * @param wanted   the cadence the macro asks for, null for none
     * @param newText  whether the saved report text differs from the current report's
     * @param now      the save's instant
     * @param zones    each person's zone (their dates are in it)
     */
    static Decision decide(Optional<ReportSeries> stored, String id, ItemRef page, ReplacedMeeting meeting,
                           String saver, Cadence wanted, boolean newText, Instant now, Function<String, ZoneId> zones) {
        if (stored.isEmpty()) {
            return wanted == null ? new Decision(Change.NONE, null) : new Decision(Change.STARTED,
                    new ReportSeries(id, page, meeting, saver, wanted, LocalDate.ofInstant(now, zones.apply(saver)), 1, 1));
        }
        ReportSeries s = stored.get();
        if (wanted == null) {
            return new Decision(Change.ENDED, null);
        }
        LocalDate today = LocalDate.ofInstant(now, zones.apply(s.author()));
        if (newText && !today.isBefore(s.nextOccurrence())) {
            // The report written now is for the last date that has come (dates missed in between are skipped).
            int index = nextIndexAfter(s.firstOccurrence(), s.cadence(), today, s.occurrenceIndex());
            if (wanted == s.cadence()) {
                return new Decision(Change.NEXT_REPORT, with(s, meeting, wanted, s.firstOccurrence(), index));
            }
            LocalDate written = s.cadence().occurrence(s.firstOccurrence(), index - 1);
            return new Decision(Change.NEXT_REPORT,
                    with(s, meeting, wanted, written, nextIndexAfter(written, wanted, today, 1)));
        }
        if (wanted != s.cadence()) {
            LocalDate current = s.cadence().occurrence(s.firstOccurrence(), Math.max(0, s.occurrenceIndex() - 1));
            return new Decision(Change.RETIMED, with(s, meeting, wanted, current, nextIndexAfter(current, wanted, today, 1)));
        }
        if (!meeting.equals(s.meeting())) {
            return new Decision(Change.UPDATED, with(s, meeting, wanted, s.firstOccurrence(), s.occurrenceIndex()));
        }
        return new Decision(Change.NONE, null);
    }

    /** The first index from {@code from} whose date is after {@code today}. */
    static int nextIndexAfter(LocalDate first, Cadence cadence, LocalDate today, int from) {
        int index = Math.max(1, from);
        while (!cadence.occurrence(first, index).isAfter(today)) {
            index++;
        }
        return index;
    }

    private static ReportSeries with(ReportSeries s, ReplacedMeeting meeting, Cadence cadence, LocalDate first, int index) {
        return new ReportSeries(s.id(), s.item(), meeting, s.author(), cadence, first, index, s.version() + 1);
    }
}
