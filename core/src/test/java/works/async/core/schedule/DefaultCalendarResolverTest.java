package works.async.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.time.DailyInterval;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

class DefaultCalendarResolverTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryScheduleStore schedules = new InMemoryScheduleStore();
    private final PolicyService policies = new PolicyService(new InMemoryPolicyStore(), CLOCK);
    private final Map<String, ZoneId> profileZones = Map.of("anna", BERLIN, "kenji", TOKYO);
    private final DefaultCalendarResolver resolver = new DefaultCalendarResolver(schedules, profileZones::get, policies);
    private final ScheduleService service = new ScheduleService(schedules, CLOCK);

    @Test
    void someoneWhoSetNothingWorksThePolicyHoursInTheZoneOfTheirProfile() {
        WorkingCalendar anna = resolver.calendarFor("anna");
        WorkingCalendar kenji = resolver.calendarFor("kenji");

        assertThat(anna.pattern()).isEqualTo(WeeklyPattern.mondayToFriday("09:00", "17:00"));
        assertThat(anna.zone()).isEqualTo(BERLIN);
        assertThat(kenji.zone()).isEqualTo(TOKYO);
        assertThat(anna.timeOff()).isEmpty();
    }

    @Test
    void ownWorkingHoursReplaceThePolicyDefault() {
        service.update("anna", new ScheduleDraft(Map.of(
                DayOfWeek.MONDAY, List.of(new ScheduleDraft.Interval("07:00", "11:00"), new ScheduleDraft.Interval("14:00", "18:00")),
                DayOfWeek.TUESDAY, List.of(new ScheduleDraft.Interval("07:00", "15:00"))), List.of(), List.of()), 0);

        WorkingCalendar anna = resolver.calendarFor("anna");

        assertThat(anna.pattern().intervals(DayOfWeek.MONDAY))
                .containsExactly(DailyInterval.of("07:00", "11:00"), DailyInterval.of("14:00", "18:00"));
        assertThat(anna.pattern().intervals(DayOfWeek.WEDNESDAY)).isEmpty();
        assertThat(resolver.calendarFor("kenji").pattern()).isEqualTo(WeeklyPattern.mondayToFriday("09:00", "17:00"));
    }

    @Test
    void publicAndPersonalHolidaysBothCountAndTimeOffIsPersonal() {
        policies.update(PolicyScope.global(), Policy.defaults()
                .withCalendar(new CalendarPolicy(WeeklyPattern.mondayToFriday("09:00", "17:00"), Set.of(CHRISTMAS))), 0);
        TimeOff vacation = new TimeOff(Instant.parse("2026-08-03T00:00:00Z"), Instant.parse("2026-08-15T00:00:00Z"));
        service.update("anna", new ScheduleDraft(null, List.of(LocalDate.of(2026, 6, 4)),
                List.of(new ScheduleDraft.Absence(vacation.fromInclusive(), vacation.toExclusive()))), 0);

        assertThat(resolver.calendarFor("anna").holidays()).containsExactlyInAnyOrder(CHRISTMAS, LocalDate.of(2026, 6, 4));
        assertThat(resolver.calendarFor("anna").timeOff()).containsExactly(vacation);
        assertThat(resolver.calendarFor("kenji").holidays()).containsExactly(CHRISTMAS);
        assertThat(resolver.calendarFor("kenji").timeOff()).isEmpty();
    }

    @Test
    void aProjectWithItsOwnDefaultHoursAndHolidaysAppliesThemToItsDeadlines() {
        PolicyScope project = PolicyScope.jiraProject("APAC");
        WeeklyPattern sundayToThursday = WeeklyPattern.of(Map.of(
                DayOfWeek.SUNDAY, List.of(DailyInterval.of("08:00", "16:00")),
                DayOfWeek.MONDAY, List.of(DailyInterval.of("08:00", "16:00")),
                DayOfWeek.TUESDAY, List.of(DailyInterval.of("08:00", "16:00")),
                DayOfWeek.WEDNESDAY, List.of(DailyInterval.of("08:00", "16:00")),
                DayOfWeek.THURSDAY, List.of(DailyInterval.of("08:00", "16:00"))));
        policies.update(project, Policy.inheritAll().withCalendar(new CalendarPolicy(sundayToThursday, Set.of(LocalDate.of(2026, 4, 29)))), 0);

        WorkingCalendar kenji = resolver.inScope(project).calendarFor("kenji");

        assertThat(kenji.pattern()).isEqualTo(sundayToThursday);
        assertThat(kenji.holidays()).containsExactly(LocalDate.of(2026, 4, 29));
        assertThat(kenji.zone()).isEqualTo(TOKYO);
    }

    @Test
    void aReplyWindowIsCountedInTheRecipientsOwnHoursAndZone() {
        // Monday 2 March 2026, 09:00 in Berlin; 16 working hours on Mon–Fri 09–17 end on Tuesday 17:00 Berlin time.
        Instant mondayMorningBerlin = Instant.parse("2026-03-02T08:00:00Z");

        Instant due = resolver.calendarFor("anna").addWorkingTime(mondayMorningBerlin, Duration.ofHours(16));

        assertThat(due).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
    }
}
