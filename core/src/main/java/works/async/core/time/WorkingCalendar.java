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

/** One person's working time: a weekly pattern in a time zone, minus public holidays and personal time off. */
public final class WorkingCalendar {

    private final WeeklyPattern pattern;
    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final List<TimeOff> timeOff;

    private WorkingCalendar(WeeklyPattern pattern, ZoneId zone, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        this.pattern = pattern;
        this.zone = zone;
        this.holidays = holidays;
        this.timeOff = timeOff;
    }

    /** A calendar; holidays remove the intervals that start on those local dates, time off removes real time. */
    public static WorkingCalendar of(WeeklyPattern pattern, ZoneId zone, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        if (pattern == null) {
            throw new DomainException("required", "week", "A weekly pattern is required");
        }
        if (zone == null) {
            throw new DomainException("required", "zone", "A time zone is required");
        }
        return new WorkingCalendar(pattern, zone,
                holidays == null ? Set.of() : Set.copyOf(holidays),
                timeOff == null ? List.of() : List.copyOf(timeOff));
    }

    /** As {@link #of(WeeklyPattern, ZoneId, Set, List)} with an IANA zone id; unknown zones are refused (field {@code zone}). */
    public static WorkingCalendar of(WeeklyPattern pattern, String zoneId, Set<LocalDate> holidays, List<TimeOff> timeOff) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new DomainException("required", "zone", "A time zone is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId.trim());
        } catch (DateTimeException e) {
            throw new DomainException("unknown_zone", "zone", "Unknown time zone '" + zoneId + "'");
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

    public Instant addWorkingTime(Instant start, Duration working) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public Duration workingTimeBetween(Instant fromInclusive, Instant toExclusive) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public Instant nextWorkingInstant(Instant at) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public boolean isWorkingTime(Instant at) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<WorkingPeriod> workingPeriods(Instant from, Instant to) {
        throw new UnsupportedOperationException("not yet implemented");
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
