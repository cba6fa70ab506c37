package works.async.core.time;

import static works.async.core.time.Positions.HORIZON;
import static works.async.core.time.Positions.LIMIT;
import static works.async.core.time.Positions.NANOS_PER_SECOND;
import static works.async.core.time.Positions.NOT_FOUND;
import static works.async.core.time.Positions.SATURATED;
import static works.async.core.time.Positions.SECONDS_PER_DAY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar operations, done by walking real time in "stretches" during which the zone offset is
 * constant and time off either covers everything or nothing. Within such a stretch local time is
 * real time shifted by the offset, so the local-timeline arithmetic of {@link LocalWorkingTime}
 * (which skips whole weeks) applies directly. A typical window touches one stretch; a daylight-saving
 * change or a time-off boundary adds one more each.
 */
final class CalendarEngine {

    private final LocalWorkingTime local;
    private final ZoneTable zone;
    private final TimeOffTable timeOff;

    CalendarEngine(LocalWorkingTime local, ZoneTable zone, TimeOffTable timeOff) {
        this.local = local;
        this.zone = zone;
        this.timeOff = timeOff;
    }

    /** Origin Monday (epoch day) for a computation starting at the instant. */
    private static long originDay(Instant at) {
        return Positions.mondayOnOrBefore(Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY));
    }

    Instant add(Instant start, long need) {
        long originDay = originDay(start);
        long originSecond = originDay * SECONDS_PER_DAY;
        long t = Positions.position(start, originSecond);
        long quietSince = t;
        int k = timeOff.firstEndingAfter(t, originSecond);
        while (true) {
            if (t > LIMIT) {
                throw Positions.outOfRange("working");
            }
            long offFrom = SATURATED;
            if (k < timeOff.size()) {
                offFrom = timeOff.from(k, originSecond);
                if (offFrom <= t) {
                    t = timeOff.to(k, originSecond);
                    k++;
                    if (t - quietSince > HORIZON) {
                        throw Positions.noWorkingTime();
                    }
                    continue;
                }
            }
            long second = originSecond + Math.floorDiv(t, NANOS_PER_SECOND);
            int located = zone.locate(second);
            long offset = zone.offsetSeconds(located, second) * NANOS_PER_SECOND;
            long end = Math.min(transitionAfter(located, second, originSecond), offFrom);
            long found = local.advance(t + offset, need, end + offset, originDay, quietSince + offset);
            if (LocalWorkingTime.reached(found)) {
                return Positions.instant(found - offset, originSecond);
            }
            long got = LocalWorkingTime.countedBeforeLimit(found);
            if (got > 0) {
                need -= got;
                quietSince = end;
            } else if (end - quietSince > HORIZON) {
                throw Positions.noWorkingTime();
            }
            t = end;
        }
    }

    long between(Instant from, Instant to) {
        long originDay = originDay(from);
        long originSecond = originDay * SECONDS_PER_DAY;
        long t = Positions.position(from, originSecond);
        long stop = Positions.position(to, originSecond);
        long total = 0;
        int k = timeOff.firstEndingAfter(t, originSecond);
        while (t < stop) {
            long offFrom = SATURATED;
            if (k < timeOff.size()) {
                offFrom = timeOff.from(k, originSecond);
                if (offFrom <= t) {
                    t = timeOff.to(k, originSecond);
                    k++;
                    continue;
                }
            }
            long second = originSecond + Math.floorDiv(t, NANOS_PER_SECOND);
            int located = zone.locate(second);
            long offset = zone.offsetSeconds(located, second) * NANOS_PER_SECOND;
            long end = Math.min(Math.min(transitionAfter(located, second, originSecond), offFrom), stop);
            total += local.working(t + offset, end + offset, originDay);
            t = end;
        }
        return total;
    }

    Instant next(Instant at) {
        long originDay = originDay(at);
        long originSecond = originDay * SECONDS_PER_DAY;
        long t = Positions.position(at, originSecond);
        long quietSince = t;
        int k = timeOff.firstEndingAfter(t, originSecond);
        while (true) {
            if (t - quietSince > HORIZON) {
                throw Positions.noWorkingTime();
            }
            long offFrom = SATURATED;
            if (k < timeOff.size()) {
                offFrom = timeOff.from(k, originSecond);
                if (offFrom <= t) {
                    t = timeOff.to(k, originSecond);
                    k++;
                    continue;
                }
            }
            long second = originSecond + Math.floorDiv(t, NANOS_PER_SECOND);
            int located = zone.locate(second);
            long offset = zone.offsetSeconds(located, second) * NANOS_PER_SECOND;
            long end = Math.min(transitionAfter(located, second, originSecond), offFrom);
            long found = local.next(t + offset, end + offset, originDay, quietSince + offset);
            if (found != NOT_FOUND) {
                return Positions.instant(found - offset, originSecond);
            }
            t = end;
        }
    }

    boolean isWorking(Instant at) {
        long originDay = originDay(at);
        long originSecond = originDay * SECONDS_PER_DAY;
        long t = Positions.position(at, originSecond);
        long offset = zone.offsetSeconds(at.getEpochSecond()) * NANOS_PER_SECOND;
        return local.isWorking(t + offset, originDay) && !timeOff.contains(t, originSecond);
    }

    List<WorkingPeriod> periods(Instant from, Instant to) {
        long originDay = originDay(from);
        long originSecond = originDay * SECONDS_PER_DAY;
        long t = Positions.position(from, originSecond);
        long stop = Positions.position(to, originSecond);
        PeriodCollector collector = new PeriodCollector(originSecond);
        int k = timeOff.firstEndingAfter(t, originSecond);
        while (t < stop) {
            long offFrom = SATURATED;
            if (k < timeOff.size()) {
                offFrom = timeOff.from(k, originSecond);
                if (offFrom <= t) {
                    t = timeOff.to(k, originSecond);
                    k++;
                    continue;
                }
            }
            long second = originSecond + Math.floorDiv(t, NANOS_PER_SECOND);
            int located = zone.locate(second);
            long offset = zone.offsetSeconds(located, second) * NANOS_PER_SECOND;
            long end = Math.min(Math.min(transitionAfter(located, second, originSecond), offFrom), stop);
            collector.offset = offset;
            local.forEachStretch(t + offset, end + offset, originDay, collector);
            t = end;
        }
        return collector.finish();
    }

    private long transitionAfter(int located, long second, long originSecond) {
        long transition = zone.nextTransition(located, second);
        return transition == Long.MAX_VALUE ? SATURATED : Positions.position(transition, 0, originSecond);
    }

    /** Turns local stretches back into real periods, joining those that touch (midnight, offset changes). */
    private static final class PeriodCollector implements LocalWorkingTime.StretchSink {
        private final long originSecond;
        private final List<WorkingPeriod> periods = new ArrayList<>();
        private long offset;
        private long pendingFrom = NOT_FOUND;
        private long pendingTo;

        PeriodCollector(long originSecond) {
            this.originSecond = originSecond;
        }

        @Override
        public void accept(long from, long to) {
            long realFrom = from - offset;
            long realTo = to - offset;
            if (pendingFrom != NOT_FOUND && realFrom == pendingTo) {
                pendingTo = realTo;
                return;
            }
            flush();
            pendingFrom = realFrom;
            pendingTo = realTo;
        }

        private void flush() {
            if (pendingFrom != NOT_FOUND) {
                periods.add(new WorkingPeriod(Positions.instant(pendingFrom, originSecond), Positions.instant(pendingTo, originSecond)));
            }
        }

        List<WorkingPeriod> finish() {
            flush();
            return List.copyOf(periods);
        }
    }

    /** Converts a non-negative duration to nanoseconds within the supported range. */
    static long nanos(Duration duration, String field) {
        if (duration.compareTo(Duration.ofNanos(LIMIT)) > 0) {
            throw Positions.outOfRange(field);
        }
        return duration.toNanos();
    }
}
