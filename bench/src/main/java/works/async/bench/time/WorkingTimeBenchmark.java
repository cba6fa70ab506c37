package works.async.bench.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import works.async.core.time.WorkingCalendar;

/**
 * Working-time addition on a Mon–Fri 09:00–17:00 Europe/Berlin calendar with 10 holidays, for a
 * 16-hour and a 400-hour window, against a bare {@code ZonedDateTime.plusHours(16)} and against a peer, jBPM's
 * business calendar on the same calendar ({@link BenchCalendars}), in the same run. Starts cycle through 1024 random
 * instants spread over a year, so daylight-saving weeks and holidays are hit in their natural proportion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingTimeBenchmark {

    private static final int STARTS = 1024;
    private static final Duration SIXTEEN_HOURS = Duration.ofHours(16);
    private static final Duration FOUR_HUNDRED_HOURS = Duration.ofHours(400);

    private final ZoneId zone = BenchCalendars.ZONE;
    private WorkingCalendar calendar;
    private BenchCalendars.Jbpm jbpm;
    private Instant[] starts;
    private int next;

    @Setup
    public void setUp() {
        calendar = BenchCalendars.ours();
        jbpm = new BenchCalendars.Jbpm();
        starts = BenchCalendars.starts(STARTS, 42);
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

    /** The peer: jBPM's {@code BusinessCalendarImpl} on the same calendar and starts. */
    @Benchmark
    public Instant jbpm16h() {
        return jbpm.addHours(nextStart(), "16h");
    }

    @Benchmark
    public Instant jbpm400h() {
        return jbpm.addHours(nextStart(), "400h");
    }

    @Benchmark
    public Instant baseline() {
        return ZonedDateTime.ofInstant(nextStart(), zone).plusHours(16).toInstant();
    }
}
