package works.async.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;

/** Bad input is refused with a code and the field to fix; impossible searches stop with a clear error. */
class WorkingTimeValidationTest {

    private static final WeeklyPattern OFFICE = WeeklyPattern.mondayToFriday("09:00", "17:00");
    private static final Instant MONDAY = Instant.parse("2026-06-01T07:00:00Z");

    private static void assertRefused(Runnable action, String code, String field) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code().id()).isEqualTo(code);
                    assertThat(((DomainException) e).field()).isEqualTo(field);
                });
    }

    @Test
    void an_interval_that_ends_when_it_starts_is_refused() {
        assertRefused(() -> DailyInterval.of("09:00", "09:00"), "empty_interval", "end");
    }

    @Test
    void times_that_are_not_hh_mm_are_refused_naming_start_or_end() {
        assertRefused(() -> DailyInterval.of("25:00", "26:00"), "invalid_time", "start");
        assertRefused(() -> DailyInterval.of("09:00", "5pm"), "invalid_time", "end");
        assertRefused(() -> DailyInterval.of(LocalTime.of(9, 0, 30), LocalTime.of(17, 0)), "invalid_time", "start");
    }

    @Test
    void end_of_day_and_overnight_intervals_are_understood() {
        assertThat(DailyInterval.of("18:00", "24:00").endExclusive()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DailyInterval.of("18:00", "24:00").crossesMidnight()).isFalse();
        assertThat(DailyInterval.of("18:00", "00:00")).isEqualTo(DailyInterval.of("18:00", "24:00"));
        assertThat(DailyInterval.of("22:00", "06:00").crossesMidnight()).isTrue();
        assertThat(DailyInterval.of("22:00", "06:00").length()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void overlapping_intervals_of_a_day_are_refused_naming_the_later_one() {
        assertRefused(() -> WeeklyPattern.of(Map.of(DayOfWeek.MONDAY,
                List.of(DailyInterval.of("09:00", "12:00"), DailyInterval.of("11:00", "13:00")))),
                "overlapping_intervals", "week.MONDAY[1]");
    }

    @Test
    void a_night_shift_overlapping_the_next_morning_is_refused() {
        assertRefused(() -> WeeklyPattern.of(Map.of(
                DayOfWeek.MONDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.TUESDAY, List.of(DailyInterval.of("05:00", "13:00")))),
                "overlapping_intervals", "week.TUESDAY[0]");
        assertThatThrownBy(() -> WeeklyPattern.of(Map.of(
                DayOfWeek.SUNDAY, List.of(DailyInterval.of("22:00", "06:00")),
                DayOfWeek.MONDAY, List.of(DailyInterval.of("05:00", "13:00")))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isIn("week.SUNDAY[0]", "week.MONDAY[0]");
    }

    @Test
    void a_week_without_any_working_time_is_refused() {
        assertRefused(() -> WeeklyPattern.of(Map.of()), "empty_pattern", "week");
    }

    @Test
    void weekly_total_is_the_nominal_working_week() {
        assertThat(OFFICE.weeklyTotal()).isEqualTo(Duration.ofHours(40));
        assertThat(OFFICE.intervals(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void an_unknown_zone_is_refused() {
        assertRefused(() -> WorkingCalendar.of(OFFICE, "Mars/Olympus_Mons", Set.of(), List.of()), "unknown_zone", "zone");
    }

    @Test
    void negative_working_time_is_refused() {
        WorkingCalendar calendar = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of());
        assertRefused(() -> calendar.addWorkingTime(MONDAY, Duration.ofMinutes(-1)), "negative_duration", "working");
    }

    @Test
    void a_range_ending_before_it_starts_is_refused_and_an_empty_one_is_zero() {
        WorkingCalendar calendar = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of());
        assertRefused(() -> calendar.workingTimeBetween(MONDAY, MONDAY.minusSeconds(1)), "invalid_range", "toExclusive");
        assertThat(calendar.workingTimeBetween(MONDAY, MONDAY)).isZero();
        assertRefused(() -> new TimeOff(MONDAY, MONDAY), "invalid_range", "toExclusive");
    }

    @Test
    void twenty_six_years_of_time_off_stop_the_search_with_no_working_time() {
        WorkingCalendar away = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(),
                List.of(new TimeOff(MONDAY, MONDAY.plus(Duration.ofDays(26 * 366)))));
        assertRefused(() -> away.addWorkingTime(MONDAY, Duration.ofHours(1)), NoWorkingTimeException.CODE.id(), null);
        assertRefused(() -> away.nextWorkingInstant(MONDAY), NoWorkingTimeException.CODE.id(), null);
        assertRefused(() -> away.withTimeOff(List.of(new TimeOff(MONDAY, Instant.MAX))).nextWorkingInstant(MONDAY), NoWorkingTimeException.CODE.id(), null);
    }

    @Test
    void twenty_six_years_of_holidays_stop_the_search_with_no_working_time() {
        Set<LocalDate> everyDay = new HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 6, 1); d.isBefore(LocalDate.of(2052, 7, 1)); d = d.plusDays(1)) {
            everyDay.add(d);
        }
        WorkingCalendar closed = WorkingCalendar.of(OFFICE, "Europe/Berlin", everyDay, List.of());
        assertRefused(() -> closed.addWorkingTime(MONDAY, Duration.ofHours(1)), NoWorkingTimeException.CODE.id(), null);
        assertRefused(() -> closed.nextWorkingInstant(MONDAY), NoWorkingTimeException.CODE.id(), null);
    }

    @Test
    void a_long_sabbatical_under_five_years_is_waited_out() {
        Instant back = Instant.parse("2030-06-03T07:00:00Z"); // a Monday, 09:00 in Berlin
        WorkingCalendar sabbatical = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of(new TimeOff(MONDAY, back)));
        assertThat(sabbatical.addWorkingTime(MONDAY, Duration.ofHours(1))).isEqualTo(back.plus(Duration.ofHours(1)));
        assertThat(sabbatical.nextWorkingInstant(MONDAY)).isEqualTo(back);
    }
}
