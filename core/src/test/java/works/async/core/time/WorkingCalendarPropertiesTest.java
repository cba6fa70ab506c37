package works.async.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The engine agrees with a minute-by-minute reading of the definition over random zones (with
 * daylight-saving changes, half-hour and 45-minute offsets), patterns with overnight intervals,
 * holidays and time off, on windows up to three weeks.
 */
class WorkingCalendarPropertiesTest {

    @Provide
    Arbitrary<CalendarScenario> scenarios() {
        return Arbitraries.randomValue(CalendarScenario::generate);
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void due_time_is_where_counting_working_minutes_one_by_one_ends(@ForAll("scenarios") CalendarScenario s) {
        MinuteOracle oracle = new MinuteOracle(s.calendar());
        long minutes = s.window().toMinutes() / 3 + 1;
        Instant expected = oracle.add(s.windowStart(), minutes, s.windowStart().plus(60, ChronoUnit.DAYS));
        if (expected == null) {
            return; // a tiny pattern under heavy time off; the round trip property still covers it
        }
        assertThat(s.calendar().addWorkingTime(s.windowStart(), Duration.ofMinutes(minutes))).as(s.toString()).isEqualTo(expected);
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void working_time_between_counts_every_working_minute_once(@ForAll("scenarios") CalendarScenario s) {
        MinuteOracle oracle = new MinuteOracle(s.calendar());
        assertThat(s.calendar().workingTimeBetween(s.windowStart(), s.windowEnd())).as(s.toString())
                .isEqualTo(oracle.between(s.windowStart(), s.windowEnd()));
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void each_minute_of_the_window_is_working_time_exactly_when_the_definition_says_so(@ForAll("scenarios") CalendarScenario s) {
        MinuteOracle oracle = new MinuteOracle(s.calendar());
        Instant end = s.windowStart().plus(Duration.ofDays(4)).isBefore(s.windowEnd()) ? s.windowStart().plus(Duration.ofDays(4)) : s.windowEnd();
        for (Instant t = s.windowStart(); t.isBefore(end); t = t.plus(1, ChronoUnit.MINUTES)) {
            assertThat(s.calendar().isWorkingTime(t)).as(t + " in " + s).isEqualTo(oracle.isWorking(t));
        }
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void next_working_instant_is_the_first_working_minute_at_or_after(@ForAll("scenarios") CalendarScenario s) {
        MinuteOracle oracle = new MinuteOracle(s.calendar());
        Instant expected = oracle.next(s.windowStart(), s.windowStart().plus(60, ChronoUnit.DAYS));
        if (expected == null) {
            return;
        }
        assertThat(s.calendar().nextWorkingInstant(s.windowStart())).as(s.toString()).isEqualTo(expected);
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void working_time_up_to_a_due_time_is_the_time_that_was_added(@ForAll("scenarios") CalendarScenario s) {
        Duration working = Duration.ofMinutes(s.window().toMinutes() / 2 + 1).plusSeconds(s.window().toMinutes() % 60);
        Instant due = s.calendar().addWorkingTime(s.windowStart(), working);
        assertThat(s.calendar().workingTimeBetween(s.windowStart(), due)).as(s.toString()).isEqualTo(working);
        assertThat(s.calendar().isWorkingTime(due.minusNanos(1))).as("last moment before the due time is working, " + s).isTrue();
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void working_periods_add_up_to_the_working_time_and_contain_only_working_time(@ForAll("scenarios") CalendarScenario s) {
        Duration sum = Duration.ZERO;
        Instant previousEnd = null;
        for (WorkingPeriod p : s.calendar().workingPeriods(s.windowStart(), s.windowEnd())) {
            sum = sum.plus(p.length());
            assertThat(s.calendar().isWorkingTime(p.startInclusive())).as(p + " in " + s).isTrue();
            assertThat(s.calendar().isWorkingTime(p.endExclusive().minusNanos(1))).as(p + " in " + s).isTrue();
            if (previousEnd != null) {
                assertThat(p.startInclusive()).as("periods are ordered and separate, " + s).isAfter(previousEnd);
            }
            previousEnd = p.endExclusive();
        }
        assertThat(sum).as(s.toString()).isEqualTo(s.calendar().workingTimeBetween(s.windowStart(), s.windowEnd()));
    }
}
