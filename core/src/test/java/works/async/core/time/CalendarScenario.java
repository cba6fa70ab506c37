package works.async.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** A random calendar and a window of up to three weeks, often placed around a daylight-saving change. */
record CalendarScenario(WorkingCalendar calendar, Instant windowStart, Instant windowEnd) {

    static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Auckland", "America/Sao_Paulo", "Europe/London");

    static CalendarScenario generate(Random random) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        WeeklyPattern pattern = randomPattern(random);
        Instant windowStart = randomStart(random, zone);
        Instant windowEnd = windowStart.plus(1 + random.nextInt(21 * 24 * 60), ChronoUnit.MINUTES);
        LocalDate firstDay = LocalDate.ofInstant(windowStart, zone).minusDays(1);
        Set<LocalDate> holidays = new HashSet<>();
        int holidayCount = random.nextInt(4);
        for (int i = 0; i < holidayCount; i++) {
            holidays.add(firstDay.plusDays(random.nextInt(23)));
        }
        List<TimeOff> timeOff = new ArrayList<>();
        int timeOffCount = random.nextInt(3);
        for (int i = 0; i < timeOffCount; i++) {
            Instant from = windowStart.plus(random.nextInt(22 * 24 * 60) - 24 * 60, ChronoUnit.MINUTES);
            timeOff.add(new TimeOff(from, from.plus(1 + random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES)));
        }
        return new CalendarScenario(WorkingCalendar.of(pattern, zone, holidays, timeOff), windowStart, windowEnd);
    }

    /** Up to three intervals a day, some overnight, on a 15-minute grid so boundaries meet transitions often. */
    static WeeklyPattern randomPattern(Random random) {
        while (true) {
            boolean[] taken = new boolean[7 * 96];
            Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                List<DailyInterval> intervals = new ArrayList<>();
                int attempts = random.nextInt(4);
                for (int a = 0; a < attempts; a++) {
                    int start = random.nextInt(96);
                    int length = 1 + random.nextInt(random.nextBoolean() ? 40 : 95);
                    int base = (day.getValue() - 1) * 96 + start;
                    boolean free = true;
                    for (int q = 0; q < length; q++) {
                        free &= !taken[(base + q) % taken.length];
                    }
                    if (!free) {
                        continue;
                    }
                    for (int q = 0; q < length; q++) {
                        taken[(base + q) % taken.length] = true;
                    }
                    intervals.add(new DailyInterval(start * 15, ((start + length) % 96) * 15));
                }
                week.put(day, intervals);
            }
            if (week.values().stream().anyMatch(l -> !l.isEmpty())) {
                return WeeklyPattern.of(week);
            }
        }
    }

    private static Instant randomStart(Random random, ZoneId zone) {
        Instant base = Instant.parse("2025-01-01T00:00:00Z").plus(random.nextInt(3 * 365), ChronoUnit.DAYS);
        if (random.nextInt(3) > 0) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(base);
            if (transition != null) {
                base = transition.getInstant().minus(random.nextInt(5), ChronoUnit.DAYS);
            }
        }
        return base.truncatedTo(ChronoUnit.HOURS).plus(random.nextInt(24 * 60), ChronoUnit.MINUTES);
    }

    Duration window() {
        return Duration.between(windowStart, windowEnd);
    }

    @Override
    public String toString() {
        return "zone=" + calendar.zone() + " week=" + calendar.pattern().week() + " holidays=" + calendar.holidays()
                + " timeOff=" + calendar.timeOff() + " window=[" + windowStart + ", " + windowEnd + ")";
    }
}
