package works.async.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of what a user sees: due times, counted working time and working periods. */
class WorkingCalendarExamplesTest {

    private static final WeeklyPattern OFFICE = WeeklyPattern.mondayToFriday("09:00", "17:00");

    private static Instant at(String isoWithOffset) {
        return ZonedDateTime.parse(isoWithOffset).toInstant();
    }

    private static WorkingCalendar calendar(Map<DayOfWeek, List<DailyInterval>> week, String zone) {
        return WorkingCalendar.of(WeeklyPattern.of(week), zone, Set.of(), List.of());
    }

    @Nested
    class OrdinaryDays {

        private final WorkingCalendar berlin = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of());

        @Test
        void eight_hours_from_nine_are_due_at_five_the_same_day_not_next_morning() {
            assertThat(berlin.addWorkingTime(at("2026-06-01T09:00+02:00"), Duration.ofHours(8)))
                    .isEqualTo(at("2026-06-01T17:00+02:00"));
        }

        @Test
        void a_request_on_friday_afternoon_is_due_on_monday() {
            assertThat(berlin.addWorkingTime(at("2026-06-05T15:00+02:00"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-06-08T11:00+02:00"));
        }

        @Test
        void a_request_sent_at_night_starts_counting_next_morning() {
            assertThat(berlin.addWorkingTime(at("2026-06-01T23:30+02:00"), Duration.ofMinutes(30)))
                    .isEqualTo(at("2026-06-02T09:30+02:00"));
        }

        @Test
        void adding_no_working_time_leaves_the_instant_unchanged_even_at_the_weekend() {
            Instant sunday = at("2026-06-07T12:00+02:00");
            assertThat(berlin.addWorkingTime(sunday, Duration.ZERO)).isEqualTo(sunday);
        }

        @Test
        void long_windows_skip_whole_weeks() {
            assertThat(berlin.addWorkingTime(at("2026-06-01T09:00+02:00"), Duration.ofHours(400)))
                    .isEqualTo(at("2026-08-07T17:00+02:00"));
            assertThat(berlin.workingTimeBetween(at("2026-06-01T09:00+02:00"), at("2026-08-07T17:00+02:00")))
                    .isEqualTo(Duration.ofHours(400));
        }

        @Test
        void next_working_instant_is_the_instant_itself_during_working_hours_and_monday_morning_at_the_weekend() {
            assertThat(berlin.nextWorkingInstant(at("2026-06-03T10:17+02:00"))).isEqualTo(at("2026-06-03T10:17+02:00"));
            assertThat(berlin.nextWorkingInstant(at("2026-06-06T10:00+02:00"))).isEqualTo(at("2026-06-08T09:00+02:00"));
            assertThat(berlin.isWorkingTime(at("2026-06-03T16:59:59+02:00"))).isTrue();
            assertThat(berlin.isWorkingTime(at("2026-06-03T17:00+02:00"))).isFalse();
        }
    }

    @Nested
    class HolidaysAndTimeOff {

        @Test
        void a_public_holiday_is_skipped() {
            WorkingCalendar berlin = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(LocalDate.of(2026, 5, 1)), List.of());
            assertThat(berlin.addWorkingTime(at("2026-04-30T09:00+02:00"), Duration.ofHours(16)))
                    .isEqualTo(at("2026-05-04T17:00+02:00"));
            assertThat(berlin.isWorkingTime(at("2026-05-01T10:00+02:00"))).isFalse();
        }

        @Test
        void time_off_pauses_the_window_from_the_minute_it_starts() {
            WorkingCalendar berlin = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(),
                    List.of(new TimeOff(at("2026-06-02T12:00+02:00"), at("2026-06-03T12:00+02:00"))));
            // Monday 8h, Tuesday 09–12 3h, Wednesday 12–17 5h.
            assertThat(berlin.addWorkingTime(at("2026-06-01T09:00+02:00"), Duration.ofHours(16)))
                    .isEqualTo(at("2026-06-03T17:00+02:00"));
            assertThat(berlin.nextWorkingInstant(at("2026-06-02T13:00+02:00"))).isEqualTo(at("2026-06-03T12:00+02:00"));
        }

        @Test
        void a_holiday_removes_the_whole_night_shift_that_starts_on_it_but_not_the_one_ending_on_it() {
            Map<DayOfWeek, List<DailyInterval>> nights = Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.of("22:00", "06:00")));
            WorkingCalendar mondayHoliday = WorkingCalendar.of(WeeklyPattern.of(nights), "Europe/Berlin", Set.of(LocalDate.of(2026, 6, 1)), List.of());
            WorkingCalendar tuesdayHoliday = WorkingCalendar.of(WeeklyPattern.of(nights), "Europe/Berlin", Set.of(LocalDate.of(2026, 6, 2)), List.of());
            Instant from = at("2026-06-01T00:00+02:00");
            Instant to = at("2026-06-03T00:00+02:00");

            assertThat(mondayHoliday.workingTimeBetween(from, to)).isZero();
            assertThat(mondayHoliday.isWorkingTime(at("2026-06-02T05:00+02:00"))).isFalse();
            assertThat(tuesdayHoliday.workingTimeBetween(from, to)).isEqualTo(Duration.ofHours(8));
            assertThat(tuesdayHoliday.isWorkingTime(at("2026-06-02T05:00+02:00"))).isTrue();
        }
    }

    @Nested
    class SeveralIntervalsAndNightShifts {

        @Test
        void the_lunch_break_does_not_count() {
            WorkingCalendar split = calendar(Map.of(DayOfWeek.MONDAY,
                    List.of(DailyInterval.of("13:00", "17:00"), DailyInterval.of("09:00", "12:00"))), "Europe/Berlin");
            assertThat(split.addWorkingTime(at("2026-06-01T09:00+02:00"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-06-01T14:00+02:00"));
            assertThat(split.workingPeriods(at("2026-06-01T00:00+02:00"), at("2026-06-02T00:00+02:00"))).containsExactly(
                    new WorkingPeriod(at("2026-06-01T09:00+02:00"), at("2026-06-01T12:00+02:00")),
                    new WorkingPeriod(at("2026-06-01T13:00+02:00"), at("2026-06-01T17:00+02:00")));
        }

        @Test
        void a_night_shift_is_one_period_across_midnight() {
            WorkingCalendar nights = calendar(Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.of("22:00", "06:00"))), "Europe/Berlin");
            assertThat(nights.workingPeriods(at("2026-06-01T00:00+02:00"), at("2026-06-03T00:00+02:00")))
                    .containsExactly(new WorkingPeriod(at("2026-06-01T22:00+02:00"), at("2026-06-02T06:00+02:00")));
            assertThat(nights.addWorkingTime(at("2026-06-01T12:00+02:00"), Duration.ofHours(3)))
                    .isEqualTo(at("2026-06-02T01:00+02:00"));
        }

        @Test
        void working_periods_are_clipped_to_the_range_asked_for() {
            WorkingCalendar berlin = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of());
            assertThat(berlin.workingPeriods(at("2026-06-01T10:00+02:00"), at("2026-06-02T10:00+02:00"))).containsExactly(
                    new WorkingPeriod(at("2026-06-01T10:00+02:00"), at("2026-06-01T17:00+02:00")),
                    new WorkingPeriod(at("2026-06-02T09:00+02:00"), at("2026-06-02T10:00+02:00")));
        }
    }

    @Nested
    class DaylightSaving {

        private final Map<DayOfWeek, List<DailyInterval>> saturdayNight = Map.of(DayOfWeek.SATURDAY, List.of(DailyInterval.of("22:00", "06:00")));
        private final Map<DayOfWeek, List<DailyInterval>> sundayEarly = Map.of(DayOfWeek.SUNDAY, List.of(DailyInterval.of("01:00", "04:00")));

        @Test
        void berlin_night_shift_is_an_hour_shorter_when_clocks_go_forward_and_longer_when_they_go_back() {
            WorkingCalendar berlin = calendar(saturdayNight, "Europe/Berlin");
            assertThat(berlin.workingTimeBetween(at("2026-03-28T12:00+01:00"), at("2026-03-29T12:00+02:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(berlin.workingTimeBetween(at("2026-10-24T12:00+02:00"), at("2026-10-25T12:00+01:00"))).isEqualTo(Duration.ofHours(9));
        }

        @Test
        void berlin_repeated_hour_counts_twice_and_skipped_hour_not_at_all() {
            WorkingCalendar berlin = calendar(sundayEarly, "Europe/Berlin");
            // 29 March: 01:00 CET to 04:00 CEST is two real hours.
            assertThat(berlin.workingTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00"))).isEqualTo(Duration.ofHours(2));
            assertThat(berlin.addWorkingTime(at("2026-03-29T00:00+01:00"), Duration.ofHours(1))).isEqualTo(at("2026-03-29T03:00+02:00"));
            // 25 October: 02:00–03:00 happens twice, so four real hours.
            assertThat(berlin.workingTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00"))).isEqualTo(Duration.ofHours(4));
            assertThat(berlin.addWorkingTime(at("2026-10-25T00:00+02:00"), Duration.ofHours(2))).isEqualTo(at("2026-10-25T02:00+01:00"));
            assertThat(berlin.isWorkingTime(at("2026-10-25T02:30+02:00"))).isTrue();
            assertThat(berlin.isWorkingTime(at("2026-10-25T02:30+01:00"))).isTrue();
        }

        @Test
        void berlin_interval_inside_the_skipped_hour_has_no_working_time_that_night() {
            WorkingCalendar berlin = calendar(Map.of(DayOfWeek.SUNDAY, List.of(DailyInterval.of("02:00", "03:00"))), "Europe/Berlin");
            assertThat(berlin.workingTimeBetween(at("2026-03-28T00:00+01:00"), at("2026-03-30T00:00+02:00"))).isZero();
            assertThat(berlin.nextWorkingInstant(at("2026-03-28T00:00+01:00"))).isEqualTo(at("2026-04-05T02:00+02:00"));
            assertThat(berlin.workingTimeBetween(at("2026-10-24T00:00+02:00"), at("2026-10-26T00:00+01:00"))).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void berlin_office_hours_across_a_daylight_saving_weekend_count_eight_hours_a_day() {
            WorkingCalendar berlin = WorkingCalendar.of(OFFICE, "Europe/Berlin", Set.of(), List.of());
            assertThat(berlin.addWorkingTime(at("2026-03-27T13:00+01:00"), Duration.ofHours(8))).isEqualTo(at("2026-03-30T13:00+02:00"));
            assertThat(berlin.addWorkingTime(at("2026-10-23T13:00+02:00"), Duration.ofHours(8))).isEqualTo(at("2026-10-26T13:00+01:00"));
        }

        @Test
        void new_york_night_shift_follows_its_own_transitions() {
            WorkingCalendar newYork = calendar(saturdayNight, "America/New_York");
            assertThat(newYork.workingTimeBetween(at("2026-03-07T12:00-05:00"), at("2026-03-08T12:00-04:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(newYork.workingTimeBetween(at("2026-10-31T12:00-04:00"), at("2026-11-01T12:00-05:00"))).isEqualTo(Duration.ofHours(9));
            assertThat(newYork.addWorkingTime(at("2026-10-31T22:00-04:00"), Duration.ofHours(4))).isEqualTo(at("2026-11-01T01:00-05:00"));
        }

        @Test
        void lord_howe_shifts_by_half_an_hour() {
            WorkingCalendar lordHowe = calendar(sundayEarly, "Australia/Lord_Howe");
            // 5 April: 01:30–02:00 happens twice; 4 October: 02:00–02:30 does not happen.
            assertThat(lordHowe.workingTimeBetween(at("2026-04-05T00:00+11:00"), at("2026-04-05T12:00+10:30"))).isEqualTo(Duration.ofMinutes(210));
            assertThat(lordHowe.workingTimeBetween(at("2026-10-04T00:00+10:30"), at("2026-10-04T12:00+11:00"))).isEqualTo(Duration.ofMinutes(150));
            assertThat(lordHowe.addWorkingTime(at("2026-10-04T00:00+10:30"), Duration.ofMinutes(90))).isEqualTo(at("2026-10-04T03:00+11:00"));
        }

        @Test
        void kolkata_has_no_daylight_saving_and_a_half_hour_offset() {
            WorkingCalendar kolkata = WorkingCalendar.of(OFFICE, "Asia/Kolkata", Set.of(), List.of());
            assertThat(kolkata.addWorkingTime(Instant.parse("2026-06-01T03:30:00Z"), Duration.ofHours(8))).isEqualTo(Instant.parse("2026-06-01T11:30:00Z"));
            assertThat(kolkata.addWorkingTime(Instant.parse("2026-06-01T03:30:00Z"), Duration.ofHours(9))).isEqualTo(Instant.parse("2026-06-02T04:30:00Z"));
            assertThat(kolkata.workingTimeBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")))
                    .isEqualTo(Duration.ofHours(8 * 261));
        }

        @Test
        void kathmandu_working_day_starts_at_quarter_past_three_utc() {
            WorkingCalendar kathmandu = WorkingCalendar.of(OFFICE, "Asia/Kathmandu", Set.of(), List.of());
            assertThat(kathmandu.nextWorkingInstant(Instant.parse("2026-06-07T10:00:00Z"))).isEqualTo(Instant.parse("2026-06-08T03:15:00Z"));
            assertThat(kathmandu.addWorkingTime(Instant.parse("2026-06-08T03:15:00Z"), Duration.ofHours(8))).isEqualTo(Instant.parse("2026-06-08T11:15:00Z"));
        }
    }
}
