package works.async.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

import works.async.core.DomainEvent;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.schedule.CalendarResolver;

/** Starts recurring report series and tells the author when the next report is due. */
public final class ReportSeriesService {

    /** The author should be reminded to write the next report at {@code remindAt}. */
    public record OccurrenceScheduled(ReportSeries series, LocalDate occurrence, Instant remindAt, Instant at)
            implements DomainEvent {
        public OccurrenceScheduled {
            Objects.requireNonNull(series); Objects.requireNonNull(occurrence);
            Objects.requireNonNull(remindAt); Objects.requireNonNull(at);
        }
    }

    private final ReportStore store;
    private final CalendarResolver calendars;
    private final Clock clock;
    private final Supplier<String> ids;

    public ReportSeriesService(ReportStore store, CalendarResolver calendars, Clock clock, Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Starts a series whose first report is due on {@code firstOccurrence} (today or later, author's zone). */
    public OccurrenceScheduled start(ItemRef item, ReplacedMeeting meeting, String author, Cadence cadence,
                                     LocalDate firstOccurrence) {
        Instant now = clock.instant();
        if (author != null && !author.isBlank() && firstOccurrence != null) {
            LocalDate today = LocalDate.ofInstant(now, calendars.calendarFor(author).zone());
            if (firstOccurrence.isBefore(today)) {
                throw new DomainException(ErrorCode.INVALID_DATE, "firstOccurrence", "The first report cannot be in the past.");
            }
        }
        ReportSeries series = new ReportSeries(ids.get(), item, meeting, author, cadence, firstOccurrence, 0, 1);
        store.saveSeries(series, 0);
        return scheduled(series, now);
    }

    /**
     * The occurrence {@code handled} (the report date the author saw) was published or skipped: schedules the next
     * one. Naming the date makes a repeat harmless: once the series has moved past it, the same call is refused with
     * {@code series_moved_on} instead of skipping another date, and two callers racing on the same date cannot both
     * win because the store only saves over the version read here.
     */
    public OccurrenceScheduled advance(String seriesId, LocalDate handled) {
        ReportSeries series = store.findSeries(seriesId == null ? "" : seriesId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "seriesId", "No such report series."));
        if (handled == null) {
            throw new DomainException(ErrorCode.REQUIRED, "occurrence", "Name the report date that was handled.");
        }
        if (!handled.equals(series.nextOccurrence())) {
            throw new DomainException(ErrorCode.SERIES_MOVED_ON, "occurrence", "The series is at "
                    + series.nextOccurrence() + ", not " + handled + ".");
        }
        ReportSeries next = series.advanced();
        store.saveSeries(next, series.version());
        return scheduled(next, clock.instant());
    }

    private OccurrenceScheduled scheduled(ReportSeries series, Instant now) {
        Instant remindAt = series.reminderAt(calendars.calendarFor(series.author()));
        return new OccurrenceScheduled(series, series.nextOccurrence(), remindAt, now);
    }
}
