package works.async.bench.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

/**
 * Working-time addition on a Mon–Fri 09:00–17:00 Europe/Berlin calendar with 10 holidays, for a
 * 16-hour and a 400-hour window, against a bare {@code ZonedDateTime.plusHours(16)} in the same run.
 * Starts cycle through 1024 random instants spread over a year, so daylight-saving weeks and
 * holidays are hit in their natural proportion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingTimeBenchmark {

    private static final int STARTS = 1024;
    private static final Duration SIXTEEN_HOURS = Duration.ofHours(16);
    private static final Duration FOUR_HUNDRED_HOURS = Duration.ofHours(400);

    private final ZoneId zone = ZoneId.of("Europe/Berlin");
    private WorkingCalendar calendar;
    private Instant[] starts;
    private int next;

    @Setup
    public void setUp() {
        Set<LocalDate> holidays = Set.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 31));
        calendar = WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, holidays, List.of());
        Random random = new Random(42);
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long span = Duration.ofDays(365).getSeconds();
        starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * span));
        }
    }

    private Instant nextStart() {
        Instant start = starts[next];
        next = (next + 1) & (STARTS - 1);
        return start;
    }

    @Benchmark
    public Instant add16h() {
        return calendar.addWorkingTime(nextStart(), SIXTEEN_HOURS);
    }

    @Benchmark
    public Instant add400h() {
        return calendar.addWorkingTime(nextStart(), FOUR_HUNDRED_HOURS);
    }

    @Benchmark
    public Instant baseline() {
        return ZonedDateTime.ofInstant(nextStart(), zone).plusHours(16).toInstant();
    }
}
