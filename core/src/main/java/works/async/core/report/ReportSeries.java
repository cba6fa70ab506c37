package works.async.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.time.WorkingCalendar;

/**
 * A recurring meeting-replacement report: which meeting it replaces, who writes it and on
 * which dates (in the author's zone) the next report is due.
 *
 * @param id              stable id
 * @param item            where the reports are published
 * @param meeting         the recurring meeting replaced
 * @param author          who writes each report and is reminded
 * @param cadence         weekly, biweekly or monthly
 * @param firstOccurrence the date of the first report, in the author's zone
 * @param occurrenceIndex how many occurrences have already passed (0 = the first is next)
 * @param version         optimistic-concurrency version, 1 when new
 */
public record ReportSeries(String id, ItemRef item, ReplacedMeeting meeting, String author, Cadence cadence,
                           LocalDate firstOccurrence, int occurrenceIndex, long version) {

    public ReportSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        if (meeting == null) {
            throw new DomainException(ErrorCode.REQUIRED, "meeting", "Say which meeting the series replaces.");
        }
        if (author == null || author.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "author", "A report series needs an author.");
        }
        if (cadence == null) {
            throw new DomainException(ErrorCode.REQUIRED, "cadence", "Choose how often the report is due.");
        }
        if (firstOccurrence == null) {
            throw new DomainException(ErrorCode.REQUIRED, "firstOccurrence", "Choose the date of the first report.");
        }
        if (occurrenceIndex < 0 || version < 1) {
            throw new IllegalArgumentException("occurrenceIndex >= 0 and version >= 1");
        }
    }

    /** The date the next report is due, in the author's zone. */
    public LocalDate nextOccurrence() {
        return cadence.occurrence(firstOccurrence, occurrenceIndex);
    }

    /**
     * When to remind the author: the start of their first working period on the occurrence date
     * (or the next working day if that date is not worked), never in the middle of their night.
     */
    public Instant reminderAt(WorkingCalendar authorCalendar) {
        Instant startOfDay = nextOccurrence().atStartOfDay(authorCalendar.zone()).toInstant();
        return authorCalendar.isWorkingTime(startOfDay) ? startOfDay : authorCalendar.nextWorkingInstant(startOfDay);
    }

    /** The series after the current occurrence has been handled. */
    ReportSeries advanced() {
        return new ReportSeries(id, item, meeting, author, cadence, firstOccurrence, occurrenceIndex + 1, version + 1);
    }
}
