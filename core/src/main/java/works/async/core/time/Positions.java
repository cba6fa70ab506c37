package works.async.core.time;

import java.time.DateTimeException;
import java.time.Instant;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * Arithmetic on "positions": nanoseconds counted from an origin that is a Monday 00:00 on the
 * epoch-second scale. An instant's position and its local date-time's position differ only by the
 * zone offset, so one long serves both timelines and weeks line up with the origin. Positions are
 * clamped to {@link #SATURATED} so that differences of two positions never overflow.
 */
final class Positions {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    static final long NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND;
    static final long NANOS_PER_WEEK = 7 * NANOS_PER_DAY;
    static final long SECONDS_PER_DAY = 86_400;

    /** Operations work within 100 years of their starting point. */
    static final long LIMIT = 36_525 * NANOS_PER_DAY;
    /** Positions further out (e.g. time off ending at {@link Instant#MAX}) are clamped to 120 years. */
    static final long SATURATED = 43_830 * NANOS_PER_DAY;
    /**
     * Searches give up after this much real time without any working time: 25 years, beyond the longest quiet
     * stretch that validated input can make (366 policy and 366 personal holidays, each silencing at most one week of
     * a one-day week, plus two years of time off touching at most 305 weeks: under 20 years).
     */
    static final long HORIZON = 9_132 * NANOS_PER_DAY;
    /** Marker for "not within the limit given". */
    static final long NOT_FOUND = Long.MIN_VALUE;

    /** 1970-01-05 was a Monday. */
    private static final long A_MONDAY = 4;

    private Positions() {
    }

    /** The Monday on or before the given epoch day. */
    static long mondayOnOrBefore(long epochDay) {
        return epochDay - Math.floorMod(epochDay - A_MONDAY, 7);
    }

    /** Day of week of an epoch day, Monday = 0. */
    static int weekdayIndex(long epochDay) {
        return Math.floorMod(epochDay - A_MONDAY, 7);
    }

    static long position(long epochSecond, int nano, long originSecond) {
        long seconds = epochSecond - originSecond;
        if (seconds > SATURATED / NANOS_PER_SECOND) {
            return SATURATED;
        }
        if (seconds < -SATURATED / NANOS_PER_SECOND) {
            return -SATURATED;
        }
        return seconds * NANOS_PER_SECOND + nano;
    }

    static long position(Instant instant, long originSecond) {
        return position(instant.getEpochSecond(), instant.getNano(), originSecond);
    }

    static Instant instant(long position, long originSecond) {
        try {
            return Instant.ofEpochSecond(originSecond + Math.floorDiv(position, NANOS_PER_SECOND),
                    Math.floorMod(position, NANOS_PER_SECOND));
        } catch (DateTimeException | ArithmeticException e) {
            throw outOfRange("working");
        }
    }

    static DomainException outOfRange(String field) {
        return new DomainException(ErrorCode.OUT_OF_RANGE, field, "Working-time calculations are limited to 100 years");
    }

    static NoWorkingTimeException noWorkingTime() {
        return new NoWorkingTimeException("The calendar has no working time for " + NoWorkingTimeException.HORIZON_YEARS
                + " years: holidays or time off cover every working interval");
    }
}
