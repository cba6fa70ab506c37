package works.async.core.time;

import static works.async.core.time.Positions.HORIZON;
import static works.async.core.time.Positions.NANOS_PER_DAY;
import static works.async.core.time.Positions.NANOS_PER_MINUTE;
import static works.async.core.time.Positions.NANOS_PER_WEEK;
import static works.async.core.time.Positions.NOT_FOUND;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Working time on the local timeline (weekly pattern minus holidays), ignoring zones and time off.
 *
 * <p>All positions are local nanoseconds from an origin Monday 00:00 given as an epoch day. The
 * weekly pattern is precomputed as merged segments of the week with running totals, so whole weeks
 * are skipped by division; holidays are subtracted afterwards from a sorted array, so cost grows
 * with the number of holidays in the range, not with its length.
 */
final class LocalWorkingTime {

    /** Merged working segments of one week, nanoseconds from Monday 00:00, ascending. */
    private final long[] segmentStart;
    private final long[] segmentEnd;
    /** Working nanoseconds of the week before segment i, and up to its end. */
    private final long[] totalBefore;
    private final long[] totalThrough;
    private final long weekTotal;
    /** Per weekday (Monday = 0): intervals starting that day, nanoseconds from that day's 00:00 (ends may pass 24:00). */
    private final long[][] dayStart;
    private final long[][] dayEnd;
    /** Holidays as ascending epoch days. */
    private final long[] holidays;

    LocalWorkingTime(WeeklyPattern pattern, Set<LocalDate> holidayDates) {
        dayStart = new long[7][];
        dayEnd = new long[7][];
        List<long[]> segments = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> intervals = pattern.intervals(day);
            int wd = day.ordinal();
            dayStart[wd] = new long[intervals.size()];
            dayEnd[wd] = new long[intervals.size()];
            for (int j = 0; j < intervals.size(); j++) {
                DailyInterval interval = intervals.get(j);
                dayStart[wd][j] = interval.startMinute() * NANOS_PER_MINUTE;
                dayEnd[wd][j] = interval.endMinuteFromOwnDay() * NANOS_PER_MINUTE;
                long start = wd * NANOS_PER_DAY + dayStart[wd][j];
                long end = wd * NANOS_PER_DAY + dayEnd[wd][j];
                if (end > NANOS_PER_WEEK) { // Sunday night runs into Monday morning
                    segments.add(new long[] {start, NANOS_PER_WEEK});
                    segments.add(new long[] {0, end - NANOS_PER_WEEK});
                } else {
                    segments.add(new long[] {start, end});
                }
            }
        }
        segments.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : segments) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] == s[0]) {
                merged.get(merged.size() - 1)[1] = s[1];
            } else {
                merged.add(s.clone());
            }
        }
        int k = merged.size();
        segmentStart = new long[k];
        segmentEnd = new long[k];
        totalBefore = new long[k];
        totalThrough = new long[k];
        long running = 0;
        for (int i = 0; i < k; i++) {
            segmentStart[i] = merged.get(i)[0];
            segmentEnd[i] = merged.get(i)[1];
            totalBefore[i] = running;
            running += segmentEnd[i] - segmentStart[i];
            totalThrough[i] = running;
        }
        weekTotal = running;
        holidays = holidayDates.stream().mapToLong(LocalDate::toEpochDay).sorted().toArray();
    }

    /** Working nanoseconds in {@code [from, to)}. */
    long working(long from, long to, long originDay) {
        if (to <= from) {
            return 0;
        }
        return patternTotal(to) - patternTotal(from) - holidayOverlap(from, to, originDay);
    }

    /**
     * The earliest position at which {@code need > 0} working nanoseconds counted from {@code from}
     * are complete; when that lies beyond {@code limit}, the working time in {@code [from, limit)}
     * encoded by {@link #notReached(long)}, so the caller can carry on without counting again.
     * {@code quietSince} is where the current stretch without working time began, for the
     * 25-year guard (HORIZON).
     *
     * <p>Works on the pattern's running total: the answer is where the total reaches
     * {@code total(from) + need}, and each holiday interval met on the way (always fully pattern
     * working time) pushes that target back by its length. Holidays are visited once, in order.
     */
    long advance(long from, long need, long limit, long originDay, long quietSince) {
        long totalAtFrom = patternTotal(from);
        long target = totalAtFrom + need;
        if (holidays.length > 0) {
            long quiet = quietSince;
            long totalAtPreviousEnd = totalAtFrom;
            long lastDay = originDay + Positions.SATURATED / NANOS_PER_DAY;
            for (int i = lowerBound(originDay + Math.floorDiv(from, NANOS_PER_DAY) - 1); i < holidays.length; i++) {
                long epochDay = holidays[i];
                if (epochDay > lastDay) {
                    break;
                }
                int wd = Positions.weekdayIndex(epochDay);
                long dayPosition = (epochDay - originDay) * NANOS_PER_DAY;
                long[] starts = dayStart[wd];
                long[] ends = dayEnd[wd];
                for (int j = 0; j < starts.length; j++) {
                    long end = dayPosition + ends[j];
                    if (end <= from) {
                        continue;
                    }
                    long start = Math.max(dayPosition + starts[j], from);
                    long totalAtStart = patternTotal(start);
                    if (target <= totalAtStart) {
                        return reachedWithin(target, need, limit); // done before this holiday interval
                    }
                    if (end >= limit) { // the answer lies after this holiday interval
                        return notReached(patternTotal(limit) - target + need - Math.max(0, limit - start));
                    }
                    if (totalAtStart > totalAtPreviousEnd) {
                        quiet = start; // some working time since the previous holiday interval
                    } else if (end - quiet > HORIZON) {
                        throw Positions.noWorkingTime();
                    }
                    target += end - start;
                    totalAtPreviousEnd = totalAtStart + (end - start);
                }
            }
        }
        return reachedWithin(target, need, limit);
    }

    /**
     * Where the pattern's running total reaches {@code target}; if that is beyond {@code limit},
     * the encoded working time up to the limit (target minus need is the total at {@code from}
     * plus the holiday time already removed, all of it before the limit).
     */
    private long reachedWithin(long target, long need, long limit) {
        long week = Math.floorDiv(target - 1, weekTotal);
        long position = week > Positions.SATURATED / NANOS_PER_WEEK ? Long.MAX_VALUE
                : week * NANOS_PER_WEEK + offsetReaching(target - week * weekTotal);
        return position > limit ? notReached(patternTotal(limit) - target + need) : position;
    }

    /**
     * Encodes "not reached, {@code counted} working nanoseconds before the limit" below every
     * position: positions stay within {@link Positions#SATURATED} plus a day of offset, and a count
     * within one stretch never exceeds that either, so the two ranges cannot meet.
     */
    static long notReached(long counted) {
        return Long.MIN_VALUE + counted;
    }

    static boolean reached(long result) {
        return result > -2 * Positions.SATURATED;
    }

    static long countedBeforeLimit(long result) {
        return result - Long.MIN_VALUE;
    }

    /** The first working position at or after {@code from}, or {@link Positions#NOT_FOUND} when none before {@code limit}. */
    long next(long from, long limit, long originDay, long quietSince) {
        long position = from;
        while (true) {
            long candidate = patternNext(position);
            if (candidate >= limit) {
                return NOT_FOUND;
            }
            long holidayEnd = holidayIntervalEnd(candidate, originDay);
            if (holidayEnd == NOT_FOUND) {
                return candidate;
            }
            if (holidayEnd - quietSince > HORIZON) {
                throw Positions.noWorkingTime();
            }
            position = holidayEnd;
        }
    }

    boolean isWorking(long position, long originDay) {
        return patternContains(position) && holidayIntervalEnd(position, originDay) == NOT_FOUND;
    }

    /** Feeds each working stretch within {@code [from, to)} to the sink, in order. */
    void forEachStretch(long from, long to, long originDay, StretchSink sink) {
        if (to <= from) {
            return;
        }
        long firstDay = Math.floorDiv(from, NANOS_PER_DAY) - 1; // yesterday's overnight interval may reach in
        long lastDay = Math.floorDiv(to - 1, NANOS_PER_DAY);
        for (long d = firstDay; d <= lastDay; d++) {
            long epochDay = originDay + d;
            if (Arrays.binarySearch(holidays, epochDay) >= 0) {
                continue;
            }
            int wd = Positions.weekdayIndex(epochDay);
            long dayPosition = d * NANOS_PER_DAY;
            for (int j = 0; j < dayStart[wd].length; j++) {
                long lo = Math.max(dayPosition + dayStart[wd][j], from);
                long hi = Math.min(dayPosition + dayEnd[wd][j], to);
                if (hi > lo) {
                    sink.accept(lo, hi);
                }
            }
        }
    }

    /** Receives working stretches as local positions. */
    interface StretchSink {
        void accept(long from, long to);
    }

    // --- weekly pattern, no holidays ---

    /** Pattern working time from the origin to the position (negative before the origin). */
    private long patternTotal(long position) {
        long week = Math.floorDiv(position, NANOS_PER_WEEK);
        return week * weekTotal + totalWithinWeek(position - week * NANOS_PER_WEEK);
    }

    private long totalWithinWeek(long offset) {
        int i = segmentStart.length - 1;
        while (i >= 0 && segmentStart[i] > offset) {
            i--;
        }
        return i < 0 ? 0 : totalBefore[i] + Math.min(offset, segmentEnd[i]) - segmentStart[i];
    }

    /** Offset within the week at which the week's working total first reaches {@code total} (0 < total ≤ weekTotal). */
    private long offsetReaching(long total) {
        int i = 0;
        while (totalThrough[i] < total) {
            i++;
        }
        return segmentStart[i] + (total - totalBefore[i]);
    }

    private long patternNext(long position) {
        long week = Math.floorDiv(position, NANOS_PER_WEEK);
        long offset = position - week * NANOS_PER_WEEK;
        for (int i = 0; i < segmentStart.length; i++) {
            if (segmentEnd[i] > offset) {
                return week * NANOS_PER_WEEK + Math.max(segmentStart[i], offset);
            }
        }
        return (week + 1) * NANOS_PER_WEEK + segmentStart[0];
    }

    private boolean patternContains(long position) {
        long offset = Math.floorMod(position, NANOS_PER_WEEK);
        for (int i = 0; i < segmentStart.length; i++) {
            if (segmentStart[i] > offset) {
                return false;
            }
            if (offset < segmentEnd[i]) {
                return true;
            }
        }
        return false;
    }

    // --- holidays ---

    /** Working time of the pattern inside {@code [from, to)} that holidays remove. */
    private long holidayOverlap(long from, long to, long originDay) {
        if (holidays.length == 0) {
            return 0;
        }
        long firstDay = originDay + Math.floorDiv(from, NANOS_PER_DAY) - 1;
        long lastDay = originDay + Math.floorDiv(to - 1, NANOS_PER_DAY);
        long lost = 0;
        for (int i = lowerBound(firstDay); i < holidays.length && holidays[i] <= lastDay; i++) {
            long epochDay = holidays[i];
            int wd = Positions.weekdayIndex(epochDay);
            long dayPosition = (epochDay - originDay) * NANOS_PER_DAY;
            long[] starts = dayStart[wd];
            long[] ends = dayEnd[wd];
            for (int j = 0; j < starts.length; j++) {
                long lo = Math.max(dayPosition + starts[j], from);
                long hi = Math.min(dayPosition + ends[j], to);
                if (hi > lo) {
                    lost += hi - lo;
                }
            }
        }
        return lost;
    }

    /** End of the holiday-removed interval containing the position, or {@link Positions#NOT_FOUND}. */
    private long holidayIntervalEnd(long position, long originDay) {
        if (holidays.length == 0) {
            return NOT_FOUND;
        }
        long day = originDay + Math.floorDiv(position, NANOS_PER_DAY);
        for (long epochDay = day - 1; epochDay <= day; epochDay++) {
            if (Arrays.binarySearch(holidays, epochDay) < 0) {
                continue;
            }
            int wd = Positions.weekdayIndex(epochDay);
            long dayPosition = (epochDay - originDay) * NANOS_PER_DAY;
            for (int j = 0; j < dayStart[wd].length; j++) {
                if (position >= dayPosition + dayStart[wd][j] && position < dayPosition + dayEnd[wd][j]) {
                    return dayPosition + dayEnd[wd][j];
                }
            }
        }
        return NOT_FOUND;
    }

    private int lowerBound(long epochDay) {
        int lo = 0;
        int hi = holidays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (holidays[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
