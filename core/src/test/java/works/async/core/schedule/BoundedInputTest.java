package works.async.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.policy.PolicyValidator;
import works.async.core.policy.Principal;
import works.async.core.policy.ReplyPolicy;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;

/**
 * The bounds on policies and schedules, and what they buy: the sparsest calendar validation accepts still has working
 * time within the engine's search, so no accepted input can stop a deadline from being computed.
 */
class BoundedInputTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC);

    private final InMemoryScheduleStore schedules = new InMemoryScheduleStore();
    private final PolicyService policies = new PolicyService(new InMemoryPolicyStore(), CLOCK);
    private final ScheduleService service = new ScheduleService(schedules, CLOCK);
    private final DefaultCalendarResolver resolver = new DefaultCalendarResolver(schedules, u -> ZoneId.of("UTC"), policies);

    @Test
    void theSparsestCalendarValidationAcceptsStillHasWorkingTimeAfterEveryHolidayAndAbsence() {
        // One working minute a week, every Monday of 366 policy and 366 personal holidays, then 98 short absences
        // over the next Mondays' minute and two long ones: all at their bounds (100 absences, 730 days together).
        WeeklyPattern minuteAWeek = WeeklyPattern.of(Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.of("09:00", "09:01"))));
        policies.update(PolicyScope.global(), Policy.defaults().withCalendar(
                new CalendarPolicy(minuteAWeek, mondays(0, 366))), 0);
        List<ScheduleDraft.Absence> absences = new ArrayList<>();
        for (int week = 732; week < 732 + 98; week++) {
            Instant nine = FIRST_MONDAY.plusWeeks(week).atTime(9, 0).toInstant(ZoneOffset.UTC);
            absences.add(new ScheduleDraft.Absence(nine.minus(Duration.ofHours(1)), nine.plus(Duration.ofHours(1))));
        }
        Instant longFrom = FIRST_MONDAY.plusWeeks(732 + 98).atStartOfDay().toInstant(ZoneOffset.UTC);
        absences.add(new ScheduleDraft.Absence(longFrom, longFrom.plus(Duration.ofDays(361))));
        absences.add(new ScheduleDraft.Absence(longFrom.plus(Duration.ofDays(361)), longFrom.plus(Duration.ofDays(722))));
        service.update("bob", new ScheduleDraft(null, new ArrayList<>(mondays(366, 366)), absences), 0);

        Instant due = resolver.calendarFor("bob").addWorkingTime(CLOCK.instant(), Duration.ofMinutes(1));

        assertThat(due).isAfter(longFrom.plus(Duration.ofDays(722))).isBefore(Instant.parse("2046-01-01T00:00:00Z"));
    }

    @Test
    void allAbsencesTogetherAreBoundedSoSixBackToBackYearsAreRefused() {
        List<ScheduleDraft.Absence> sixYears = new ArrayList<>();
        Instant from = Instant.parse("2026-03-09T00:00:00Z");
        for (int i = 0; i < 6; i++) {
            sixYears.add(new ScheduleDraft.Absence(from, from.plus(Duration.ofDays(366))));
            from = from.plus(Duration.ofDays(366));
        }

        assertThatThrownBy(() -> service.update("bob", ScheduleDraft.timeOffOnly(sixYears), 0))
                .isInstanceOfSatisfying(ScheduleValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("timeOff", "too_much_time_off")));
        assertThat(schedules.find("bob")).isEmpty();
        assertThat(service.update("bob", ScheduleDraft.timeOffOnly(sixYears.subList(0, 2)), 0).schedule().version())
                .isEqualTo(1);
    }

    @Test
    void scheduleListsDatesAndIntervalsAreBoundedNamingTheField() {
        Instant farAway = Instant.parse("+100000-01-01T00:00:00Z");
        List<ScheduleDraft.Interval> sixIntervals = new ArrayList<>();
        for (int h = 1; h <= 6; h++) {
            sixIntervals.add(new ScheduleDraft.Interval(String.format("%02d:00", h * 2), String.format("%02d:30", h * 2)));
        }
        List<ScheduleDraft.Absence> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            Instant at = Instant.parse("2026-04-01T00:00:00Z").plus(Duration.ofDays(i));
            many.add(new ScheduleDraft.Absence(at, at.plus(Duration.ofHours(1))));
        }

        assertThat(problems(new ScheduleDraft(Map.of(DayOfWeek.MONDAY, sixIntervals), List.of(LocalDate.of(1999, 12, 31)),
                List.of(new ScheduleDraft.Absence(Instant.parse("2026-04-01T00:00:00Z"), farAway)))))
                .containsExactly(tuple("week.MONDAY", "too_many"), tuple("holidays[0]", "out_of_range"),
                        tuple("timeOff[0].to", "out_of_range"));
        assertThat(problems(new ScheduleDraft(null, new ArrayList<>(mondays(0, 367)), many)))
                .containsExactly(tuple("holidays", "too_many"), tuple("timeOff", "too_many"));
    }

    @Test
    void policyNamesRefuseControlCharactersAndListsAndPrioritiesAreBounded() {
        Set<Principal> coordinators = new LinkedHashSet<>(List.of(Principal.user("bob\nGROUPX"), Principal.group("ops\u0000"),
                Principal.user("x".repeat(256)), Principal.user("\ud83d\ude00 émilie")));
        Map<String, Duration> priorities = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            priorities.put("P" + i, Duration.ofHours(4));
        }
        Policy draft = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, null, coordinators))
                .withReply(new ReplyPolicy(null, priorities, null, null, null))
                .withCalendar(new CalendarPolicy(null, mondays(0, 367)));

        assertThat(PolicyValidator.validate(PolicyScope.jiraProject("DEMO"), draft))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("ownership.coordinators[0].name", "control_character"),
                        tuple("ownership.coordinators[1].name", "control_character"),
                        tuple("ownership.coordinators[2].name", "invalid_name"),
                        tuple("reply.windowsByPriority", "too_many"),
                        tuple("calendar.holidays", "too_many"));
    }

    @Test
    void priorityNamesTogetherFitTheirColumnAndAPatternDayHoldsAtMostFiveIntervals() {
        Map<String, Duration> long10 = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            long10.put(i + "x".repeat(59), Duration.ofHours(4)); // 60 characters each, 600 together
        }
        List<DailyInterval> six = new ArrayList<>();
        for (int h = 1; h <= 6; h++) {
            six.add(new DailyInterval(h * 120, h * 120 + 30));
        }
        Policy draft = Policy.inheritAll()
                .withReply(new ReplyPolicy(null, long10, null, null, null))
                .withCalendar(new CalendarPolicy(WeeklyPattern.of(Map.of(DayOfWeek.FRIDAY, six)),
                        Set.of(LocalDate.of(2200, 1, 1))));

        assertThat(PolicyValidator.validate(PolicyScope.jiraProject("DEMO"), draft))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("reply.windowsByPriority", "too_long"),
                        tuple("calendar.defaultPattern.FRIDAY", "too_many"),
                        tuple("calendar.holidays[0]", "out_of_range"));
    }

    private static Set<LocalDate> mondays(int firstWeek, int count) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (int week = firstWeek; week < firstWeek + count; week++) {
            days.add(FIRST_MONDAY.plusWeeks(week));
        }
        return days;
    }

    private List<org.assertj.core.groups.Tuple> problems(ScheduleDraft draft) {
        return ScheduleValidator.validate(draft).stream().map(p -> tuple(p.field(), p.code())).toList();
    }
}
