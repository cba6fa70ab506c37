package works.async.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's schedule as submitted on the settings form, before validation: raw enough that every
 * mistake can be reported with its field path instead of failing on the first.
 *
 * @param week     intervals per day as typed ("09:00"–"17:00"), or null to use the policy's default hours
 * @param holidays personal days off (entries may be null or repeated; validation says which)
 * @param timeOff  absences as typed (bounds may be missing; validation says which)
 */
public record ScheduleDraft(Map<DayOfWeek, List<Interval>> week, List<LocalDate> holidays, List<Absence> timeOff) {

    /** One working interval as typed, e.g. {@code new Interval("09:00", "12:30")}. */
    public record Interval(String start, String end) { }

    /** One absence as submitted, {@code [from, to)}. */
    public record Absence(Instant from, Instant to) { }

    public ScheduleDraft {
        if (week != null) {
            EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
            week.forEach((day, intervals) -> {
                if (day != null) {
                    copy.put(day, unmodifiable(intervals));
                }
            });
            week = Collections.unmodifiableMap(copy);
        }
        holidays = unmodifiable(holidays);
        timeOff = unmodifiable(timeOff);
    }

    /** A draft that keeps the policy's hours and sets only time off. */
    public static ScheduleDraft timeOffOnly(List<Absence> timeOff) {
        return new ScheduleDraft(null, List.of(), timeOff);
    }

    // Keeps null entries (unlike List.copyOf) so validation can point at them.
    private static <T> List<T> unmodifiable(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNullElse(list, List.of())));
    }
}
