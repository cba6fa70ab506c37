package works.async.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Working time computed straight from the definition, one real minute at a time: slow on purpose,
 * with no shared code with the engine, so that the property tests compare two independent readings.
 */
final class MinuteOracle {

    private final WorkingCalendar calendar;

    MinuteOracle(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The definition: local date-time inside an interval of its own day (or yesterday's overnight one), no holiday, no time off. */
    boolean isWorking(Instant at) {
        ZoneId zone = calendar.zone();
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        int minute = local.getHour() * 60 + local.getMinute();
        boolean inInterval = false;
        if (!calendar.holidays().contains(day)) {
            for (DailyInterval interval : calendar.pattern().intervals(day.getDayOfWeek())) {
                int end = interval.crossesMidnight() ? 1440 : interval.endMinute();
                if (minute >= interval.startMinute() && minute < end) {
                    inInterval = true;
                }
            }
        }
        LocalDate yesterday = day.minusDays(1);
        if (!calendar.holidays().contains(yesterday)) {
            DayOfWeek dow = yesterday.getDayOfWeek();
            for (DailyInterval interval : calendar.pattern().intervals(dow)) {
                if (interval.crossesMidnight() && minute < interval.endMinute()) {
                    inInterval = true;
                }
            }
        }
        if (!inInterval) {
            return false;
        }
        for (TimeOff off : calendar.timeOff()) {
            if (!at.isBefore(off.fromInclusive()) && at.isBefore(off.toExclusive())) {
                return false;
            }
        }
        return true;
    }

    /** Steps whole minutes from a minute-aligned start until {@code minutes} working minutes have passed. */
    Instant add(Instant start, long minutes, Instant giveUpAt) {
        Instant t = start;
        long counted = 0;
        while (counted < minutes) {
            if (!t.isBefore(giveUpAt)) {
                return null;
            }
            if (isWorking(t)) {
                counted++;
            }
            t = t.plus(1, ChronoUnit.MINUTES);
        }
        return t;
    }

    Duration between(Instant from, Instant to) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (isWorking(t)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    Instant next(Instant at, Instant giveUpAt) {
        for (Instant t = at; t.isBefore(giveUpAt); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (isWorking(t)) {
                return t;
            }
        }
        return null;
    }
}
