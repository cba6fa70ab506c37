package works.async.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The working intervals of each day of the week, in local time; intervals of a day are kept in
 * start order and never overlap, not even through an overnight interval spilling into the next day.
 */
public record WeeklyPattern(Map<DayOfWeek, List<DailyInterval>> week) {

    private static final int MINUTES_PER_WEEK = 7 * DailyInterval.MINUTES_PER_DAY;

    public WeeklyPattern {
        if (week == null) {
            throw new DomainException(ErrorCode.REQUIRED, "week", "A weekly pattern is required");
        }
        EnumMap<DayOfWeek, List<DailyInterval>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> given = week.get(day);
            List<DailyInterval> sorted = new ArrayList<>(given == null ? List.of() : given);
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) == null) {
                    throw new DomainException(ErrorCode.REQUIRED, field(day, i), "Interval " + i + " of " + day + " is missing");
                }
            }
            sorted.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
            copy.put(day, List.copyOf(sorted));
        }
        rejectOverlaps(copy, week);
        week = Collections.unmodifiableMap(copy);
        if (weeklyMinutes(week) == 0) {
            throw new DomainException(ErrorCode.EMPTY_PATTERN, "week", "The weekly pattern has no working time at all");
        }
    }

    /** A pattern from intervals per day; days that are absent have no working time. */
    public static WeeklyPattern of(Map<DayOfWeek, List<DailyInterval>> week) {
        return new WeeklyPattern(week);
    }

    /** Monday to Friday with one interval each day, e.g. {@code mondayToFriday("09:00", "17:00")}. */
    public static WeeklyPattern mondayToFriday(String start, String end) {
        DailyInterval interval = DailyInterval.of(start, end);
        EnumMap<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(interval));
            }
        }
        return new WeeklyPattern(week);
    }

    /** Intervals starting on that day, in start order (empty when the day has none). */
    public List<DailyInterval> intervals(DayOfWeek day) {
        return week.get(day);
    }

    /** Nominal working time of a whole week, ignoring daylight-saving shifts, holidays and time off. */
    public Duration weeklyTotal() {
        return Duration.ofMinutes(weeklyMinutes(week));
    }

    private static long weeklyMinutes(Map<DayOfWeek, List<DailyInterval>> week) {
        long total = 0;
        for (List<DailyInterval> intervals : week.values()) {
            for (DailyInterval interval : intervals) {
                total += interval.lengthMinutes();
            }
        }
        return total;
    }

    /**
     * Refuses intervals that share any local minute, comparing on the week's circle so that a
     * Sunday night shift running into Monday is checked against Monday's intervals too. The field
     * named is the later of the two intervals as the user listed them.
     */
    private static void rejectOverlaps(Map<DayOfWeek, List<DailyInterval>> sorted, Map<DayOfWeek, List<DailyInterval>> given) {
        record Placed(int start, int end, DayOfWeek day, DailyInterval interval) { }
        List<Placed> placed = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int dayStart = (day.getValue() - 1) * DailyInterval.MINUTES_PER_DAY;
            for (DailyInterval interval : sorted.get(day)) {
                int start = dayStart + interval.startMinute();
                int end = dayStart + interval.endMinuteFromOwnDay();
                placed.add(new Placed(start, Math.min(end, MINUTES_PER_WEEK), day, interval));
                if (end > MINUTES_PER_WEEK) {
                    placed.add(new Placed(0, end - MINUTES_PER_WEEK, day, interval));
                }
            }
        }
        placed.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 1; i < placed.size(); i++) {
            Placed before = placed.get(i - 1);
            Placed after = placed.get(i);
            if (after.start() < before.end()) {
                int beforeKey = key(given, before.day(), before.interval(), false);
                int afterKey = key(given, after.day(), after.interval(), before.interval().equals(after.interval()));
                int blamed = Math.max(beforeKey, afterKey);
                throw new DomainException(ErrorCode.OVERLAPPING_INTERVALS, field(DayOfWeek.of(blamed / 1000 + 1), blamed % 1000),
                        "Working interval " + after.interval() + " on " + after.day()
                                + " overlaps " + before.interval() + " on " + before.day());
            }
        }
    }

    /** Orders intervals as the user listed them: by day, then by position in that day's list. */
    private static int key(Map<DayOfWeek, List<DailyInterval>> given, DayOfWeek day, DailyInterval interval, boolean last) {
        List<DailyInterval> list = given.get(day);
        int index = list == null ? 0 : Math.max(0, last ? list.lastIndexOf(interval) : list.indexOf(interval));
        return day.ordinal() * 1000 + index;
    }

    private static String field(DayOfWeek day, int index) {
        return "week." + day.name() + "[" + index + "]";
    }
}
