package works.async.core.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** One person's working time: a weekly pattern in a time zone, minus public holidays and personal time off. */
public final class WorkingCalendar {

    private final WeeklyPattern pattern;
    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final List<TimeOff> timeOff;
    private final CalendarEngine engine;

    private WorkingCalendar(WeeklyPattern pattern, ZoneId zone, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        this.pattern = pattern;
        this.zone = zone;
        this.holidays = holidays;
        this.timeOff = timeOff;
        this.engine = new CalendarEngine(new LocalWorkingTime(pattern, holidays), ZoneTable.of(zone), new TimeOffTable(timeOff));
    }

    /** A calendar; holidays remove the intervals that start on those local dates, time off removes real time. */
    public static WorkingCalendar of(WeeklyPattern pattern, ZoneId zone, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        if (pattern == null) {
            throw new DomainException(ErrorCode.REQUIRED, "week", "A weekly pattern is required");
        }
        if (zone == null) {
            throw new DomainException(ErrorCode.REQUIRED, "zone", "A time zone is required");
        }
        if (holidays != null) {
            for (LocalDate holiday : holidays) { // Set.contains(null) throws for immutable sets
                if (holiday == null) {
                    throw new DomainException(ErrorCode.REQUIRED, "holidays", "A holiday has no date");
                }
            }
        }
        if (timeOff != null) {
            for (int i = 0; i < timeOff.size(); i++) {
                if (timeOff.get(i) == null) {
                    throw new DomainException(ErrorCode.REQUIRED, "timeOff[" + i + "]", "Time off entry " + i + " is missing");
                }
            }
        }
        return new WorkingCalendar(pattern, zone,
                holidays == null ? Set.of() : Set.copyOf(holidays),
                timeOff == null ? List.of() : List.copyOf(timeOff));
    }

    /** As {@link #of(WeeklyPattern, ZoneId, Set, List)} with an IANA zone id; unknown zones are refused (field {@code zone}). */
    public static WorkingCalendar of(WeeklyPattern pattern, String zoneId, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "zone", "A time zone is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId.trim());
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.UNKNOWN_ZONE, "zone", "Unknown time zone '" + zoneId + "'");
        }
        return of(pattern, zone, holidays, timeOff);
    }

    public WeeklyPattern pattern() {
        return pattern;
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public List<TimeOff> timeOff() {
        return timeOff;
    }

    /** The same calendar with other time off. */
    public WorkingCalendar withTimeOff(List<TimeOff> newTimeOff) {
        return of(pattern, zone, holidays, newTimeOff);
    }

    /** The same calendar with other holidays. */
    public WorkingCalendar withHolidays(Set<LocalDate> newHolidays) {
        return of(pattern, zone, newHolidays, timeOff);
    }

    /**
     * The instant at which the last of {@code working} working time ends, counting real elapsed
     * time from {@code start}; so the result is always the end of working time, never the start of
     * the next working period (09:00 + 8h on a 09:00–17:00 day is 17:00 that day, not 09:00 the next).
     * Adding zero returns {@code start} unchanged, even outside working time. Negative durations are
     * refused (field {@code working}); so is a calendar with no working time for 25 years
     * ({@link NoWorkingTimeException}).
     */
    public Instant addWorkingTime(Instant start, Duration working) {
        require(start, "start");
        require(working, "working");
        if (working.isNegative()) {
            throw new DomainException(ErrorCode.NEGATIVE_DURATION, "working", "Working time to add must not be negative, was " + working);
        }
        if (working.isZero()) {
            return start;
        }
        return engine.add(start, CalendarEngine.nanos(working, "working"));
    }

    /**
     * Working time within {@code [fromInclusive, toExclusive)}: zero for an empty range; a range
     * that ends before it starts is refused (field {@code toExclusive}) because it always means
     * the caller mixed up its arguments.
     */
    public Duration workingTimeBetween(Instant fromInclusive, Instant toExclusive) {
        checkRange(fromInclusive, toExclusive);
        return Duration.ofNanos(engine.between(fromInclusive, toExclusive));
    }

    /** {@code at} itself when it is working time, otherwise the start of the next working period. */
    public Instant nextWorkingInstant(Instant at) {
        require(at, "at");
        return engine.next(at);
    }

    /** True when the instant is inside a working interval of its local day, not on a holiday, and not in time off. */
    public boolean isWorkingTime(Instant at) {
        require(at, "at");
        return engine.isWorking(at);
    }

    /**
     * The working periods overlapping {@code [from, to)}, clipped to it and in order; periods that
     * touch (an overnight interval, a daylight-saving change) are reported as one.
     */
    public List<WorkingPeriod> workingPeriods(Instant from, Instant to) {
        checkRange(from, to);
        return engine.periods(from, to);
    }

    private static void checkRange(Instant from, Instant to) {
        require(from, "fromInclusive");
        require(to, "toExclusive");
        if (to.isBefore(from)) {
            throw new DomainException(ErrorCode.INVALID_RANGE, "toExclusive", "The range ends before it starts");
        }
        if (Duration.between(from, to).compareTo(Duration.ofNanos(Positions.LIMIT)) > 0) {
            throw Positions.outOfRange("toExclusive");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new DomainException(ErrorCode.REQUIRED, field, "A value for " + field + " is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar other && pattern.equals(other.pattern) && zone.equals(other.zone)
                && holidays.equals(other.holidays) && timeOff.equals(other.timeOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, zone, holidays, timeOff);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + pattern.week() + ", " + holidays.size() + " holidays, " + timeOff.size() + " time off]";
    }
}
