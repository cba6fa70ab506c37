package works.async.bench.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import works.async.core.time.WorkingCalendar;

/**
 * Before the benchmark compares our engine with jBPM's business calendar, both must do the same work: on 400 random
 * starts over 2026 (holidays and both daylight-saving changes included), adding 16 and 400 working hours on the
 * benchmark's calendar. Where the two semantics agree the instants are equal; the one place they differ by design
 * is a result that falls exactly at the end of a working day, which ours reports as that day's 17:00 and jBPM as
 * the next working day's 09:00, the same point in working time.
 */
class JbpmAgreementTest {

    private static final int CASES = 400;

    private final WorkingCalendar ours = BenchCalendars.ours();
    private final BenchCalendars.Jbpm jbpm = new BenchCalendars.Jbpm();

    @ParameterizedTest(name = "{0} working hours from a start inside working time: the same instant")
    @ValueSource(ints = {16, 400})
    void startsInsideWorkingTimeGiveTheSameInstant(int hours) {
        int compared = 0;
        for (Instant start : BenchCalendars.starts(CASES, 7)) {
            if (ours.isWorkingTime(start)) {
                assertThat(jbpm.addHours(start, hours + "h")).as("from %s", start)
                        .isEqualTo(ours.addWorkingTime(start, Duration.ofHours(hours)));
                compared++;
            }
        }
        assertThat(compared).as("starts inside working time").isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0} working hours from a start outside working time: the same point in working time")
    @ValueSource(ints = {16, 400})
    void startsOutsideWorkingTimeGiveTheSamePointInWorkingTime(int hours) {
        int compared = 0;
        for (Instant start : BenchCalendars.starts(CASES, 7)) {
            if (!ours.isWorkingTime(start)) {
                Instant mine = ours.addWorkingTime(start, Duration.ofHours(hours));
                Instant theirs = jbpm.addHours(start, hours + "h");
                // Ours ends at the close of the last working day, jBPM opens the next one: nothing works in between.
                assertThat(ours.nextWorkingInstant(mine)).as("from %s", start).isEqualTo(theirs);
                assertThat(ours.workingTimeBetween(start, theirs)).as("from %s", start).isEqualTo(Duration.ofHours(hours));
                compared++;
            }
        }
        assertThat(compared).as("starts outside working time").isGreaterThan(200);
    }
}
