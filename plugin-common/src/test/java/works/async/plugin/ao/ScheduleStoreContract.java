package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.time.DailyInterval;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;

/** What the schedule store promises: a person's own working time reads back exactly, and edits are version-guarded. */
abstract class ScheduleStoreContract {

    abstract AoFixture fixture();

    private AoScheduleStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoScheduleStore(fixture().ao());
    }

    /** Night shifts Sunday to Thursday (into the next morning), a split Friday, and a Saturday ending at midnight. */
    private static WeeklyPattern nightShifts() {
        return WeeklyPattern.of(Map.of(
                DayOfWeek.SUNDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.MONDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.TUESDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.WEDNESDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.THURSDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.FRIDAY, List.of(DailyInterval.of("13:00", "15:30"), DailyInterval.of("08:00", "12:00")),
                DayOfWeek.SATURDAY, List.of(DailyInterval.of("18:00", "24:00"))));
    }

    @Test
    void anOwnPatternWithOvernightIntervalsHolidaysAndTimeOffReadsBackExactly() {
        PersonalSchedule schedule = new PersonalSchedule("u:night", nightShifts(),
                Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)),
                List.of(new TimeOff(Instant.parse("2026-08-10T00:00:00Z"), Instant.parse("2026-08-24T00:00:00Z")),
                        new TimeOff(Instant.parse("2026-04-02T12:30:00Z"), Instant.parse("2026-04-03T08:00:00Z"))), 0);

        PersonalSchedule saved = store.save(schedule, 0);

        assertThat(saved).isEqualTo(schedule.withVersion(1));
        PersonalSchedule read = store.find("u:night").orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.pattern().intervals(DayOfWeek.SATURDAY).get(0).endMinute()).isEqualTo(DailyInterval.MINUTES_PER_DAY);
        assertThat(read.pattern().intervals(DayOfWeek.MONDAY).get(0).crossesMidnight()).isTrue();
        assertThat(read.timeOff()).extracting(TimeOff::fromInclusive)
                .containsExactly(Instant.parse("2026-04-02T12:30:00Z"), Instant.parse("2026-08-10T00:00:00Z"));
    }

    @Test
    void noOwnPatternMeansThePolicyDefaultAndEmptyListsStayEmpty() {
        store.save(PersonalSchedule.empty("u:plain"), 0);

        PersonalSchedule read = store.find("u:plain").orElseThrow();
        assertThat(read.usesPolicyPattern()).isTrue();
        assertThat(read).isEqualTo(PersonalSchedule.empty("u:plain").withVersion(1));
        assertThat(store.find("u:nobody")).isEmpty();
    }

    @Test
    void editsReplaceTheScheduleAndAStaleVersionIsAConflictThatChangesNothing() {
        store.save(new PersonalSchedule("u:1", nightShifts(), Set.of(LocalDate.of(2026, 5, 1)), List.of(), 0), 0);
        PersonalSchedule edited = new PersonalSchedule("u:1", null, Set.of(),
                List.of(new TimeOff(Instant.parse("2026-06-01T07:00:00Z"), Instant.parse("2026-06-01T11:00:00Z"))), 1);
        store.save(edited, 1);

        assertThatThrownBy(() -> store.save(PersonalSchedule.empty("u:1"), 1))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> store.save(PersonalSchedule.empty("u:new"), 3))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store.find("u:1")).contains(edited.withVersion(2));
        assertThat(store.find("u:new")).isEmpty();
    }
}
