package works.async.core.time;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * A half-open local working interval {@code [start, end)} within one day, possibly running past
 * midnight into the next day.
 *
 * <p>Times are kept as minutes of the day because {@link LocalTime} cannot express the end of day:
 * {@code startMinute} is in {@code [0, 1440)}, {@code endMinute} in {@code (0, 1440]} where
 * {@code 1440} means 24:00. An end earlier than the start means the interval crosses midnight and
 * belongs to the day it starts on. An end of 00:00 is stored as 1440 (24:00), so
 * {@code 22:00–00:00} and {@code 22:00–24:00} are the same interval.
 */
public record DailyInterval(int startMinute, int endMinute) {

    /** Minutes in a day; also the value of {@link #endMinute()} for an interval ending at 24:00. */
    public static final int MINUTES_PER_DAY = 1440;

    public DailyInterval {
        if (startMinute < 0 || startMinute >= MINUTES_PER_DAY) {
            throw new DomainException(ErrorCode.INVALID_TIME, "start", "Start must be between 00:00 and 23:59, was minute " + startMinute);
        }
        if (endMinute < 0 || endMinute > MINUTES_PER_DAY) {
            throw new DomainException(ErrorCode.INVALID_TIME, "end", "End must be between 00:00 and 24:00, was minute " + endMinute);
        }
        if (endMinute == startMinute) {
            throw new DomainException(ErrorCode.EMPTY_INTERVAL, "end", "A working interval must not end when it starts (" + format(startMinute) + ")");
        }
        if (endMinute == 0) {
            endMinute = MINUTES_PER_DAY; // 00:00 as an end means the coming midnight
        }
    }

    /** Parses {@code "HH:mm"} bounds; the end may be {@code "24:00"} and may be earlier than the start (overnight). */
    public static DailyInterval of(String start, String end) {
        return new DailyInterval(parse(start, "start", false), parse(end, "end", true));
    }

    /** Builds an interval from whole-minute local times; an end of {@link LocalTime#MIDNIGHT} means 24:00. */
    public static DailyInterval of(LocalTime start, LocalTime end) {
        return new DailyInterval(minuteOf(start, "start"), minuteOf(end, "end"));
    }

    /** The first working local time. */
    public LocalTime startInclusive() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /**
     * The first local time after the interval; 24:00 is reported as {@link LocalTime#MIDNIGHT}, as
     * is any end at midnight, so use {@link #endMinute()} to tell 24:00 apart.
     */
    public LocalTime endExclusive() {
        return endMinute == MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    /** True when the interval runs past midnight into the next local day. */
    public boolean crossesMidnight() {
        return endMinute < startMinute;
    }

    /** Length in local minutes, ignoring daylight-saving shifts. */
    public int lengthMinutes() {
        return crossesMidnight() ? MINUTES_PER_DAY - startMinute + endMinute : endMinute - startMinute;
    }

    /** Nominal length, ignoring daylight-saving shifts. */
    public Duration length() {
        return Duration.ofMinutes(lengthMinutes());
    }

    /** End measured in minutes from the start of the day the interval starts on (above 1440 when overnight). */
    int endMinuteFromOwnDay() {
        return crossesMidnight() ? endMinute + MINUTES_PER_DAY : endMinute;
    }

    @Override
    public String toString() {
        return format(startMinute) + "-" + format(endMinute);
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static int parse(String text, String field, boolean allow24) {
        if (text == null) {
            throw new DomainException(ErrorCode.REQUIRED, field, "A " + field + " time is required");
        }
        String t = text.trim();
        if (allow24 && t.equals("24:00")) {
            return MINUTES_PER_DAY;
        }
        if (!t.matches("\\d{2}:\\d{2}")) {
            throw new DomainException(ErrorCode.INVALID_TIME, field, "Expected HH:mm, was '" + text + "'");
        }
        try {
            return minuteOf(LocalTime.parse(t), field);
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_TIME, field, "Expected HH:mm, was '" + text + "'");
        }
    }

    private static int minuteOf(LocalTime time, String field) {
        Objects.requireNonNull(time, field);
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new DomainException(ErrorCode.INVALID_TIME, field, "Working intervals are whole minutes, was " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }
}
