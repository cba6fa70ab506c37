package works.async.bench.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.kie.api.time.SessionClock;

import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

/**
 * The one calendar both engines are measured on: Mon–Fri 09:00–17:00 in Europe/Berlin (a daylight-saving zone) with
 * ten 2026 public holidays, built once as our {@link WorkingCalendar} and once as jBPM's business calendar, so the
 * benchmark and the agreement test cannot drift apart.
 */
public final class BenchCalendars {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 31));

    private static final DateTimeFormatter HOLIDAY = DateTimeFormatter.ofPattern("yyyy-MM-ddxx");

    private BenchCalendars() {
    }

    public static WorkingCalendar ours() {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), ZONE, HOLIDAYS, List.of());
    }

    /** Random instants spread over 2026, so daylight-saving weeks and holidays come in their natural proportion. */
    public static Instant[] starts(int count, long seed) {
        Random random = new Random(seed);
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long span = Duration.ofDays(365).getSeconds();
        Instant[] starts = new Instant[count];
        for (int i = 0; i < count; i++) {
            starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * span));
        }
        return starts;
    }

    /**
     * jBPM's calendar computes from its session clock's "now"; this one is set before each call, so jBPM adds working
     * time to the same start as ours does.
     */
    public static final class Jbpm implements SessionClock {
        private final BusinessCalendarImpl calendar;
        private long now;

        public Jbpm() {
            Properties p = new Properties();
            p.setProperty(BusinessCalendarImpl.DAYS_PER_WEEK, "5");
            p.setProperty(BusinessCalendarImpl.HOURS_PER_DAY, "8");
            p.setProperty(BusinessCalendarImpl.START_HOUR, "9");
            p.setProperty(BusinessCalendarImpl.END_HOUR, "17");
            // java.util.Calendar numbering: 1 = Sunday, 7 = Saturday.
            p.setProperty(BusinessCalendarImpl.WEEKEND_DAYS, "1,7");
            // jBPM parses holidays with a SimpleDateFormat in the JVM's default zone, not the calendar's; giving each
            // date its own offset in the calendar's zone makes the holiday start at local midnight on any machine.
            p.setProperty(BusinessCalendarImpl.HOLIDAY_DATE_FORMAT, "yyyy-MM-ddZ");
            p.setProperty(BusinessCalendarImpl.HOLIDAYS, HOLIDAYS.stream().collect(Collectors.toCollection(TreeSet::new))
                    .stream().map(day -> HOLIDAY.format(day.atStartOfDay(ZONE))).collect(Collectors.joining(",")));
            p.setProperty(BusinessCalendarImpl.TIMEZONE, ZONE.getId());
            calendar = new BusinessCalendarImpl(p, this);
        }

        @Override
        public long getCurrentTime() {
            return now;
        }

        /** {@code hours} working hours after {@code start}, in jBPM's expression syntax ("16h"). */
        public Instant addHours(Instant start, String hoursExpression) {
            now = start.toEpochMilli();
            Date due = calendar.calculateBusinessTimeAsDate(hoursExpression);
            return due.toInstant();
        }
    }
}
