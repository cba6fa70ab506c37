package works.async.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.schedule.CalendarResolver;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

class EscalationPlannerTest {

    /** For planners asked only for moments ({@code momentOf}), which never read the clock: not the wall clock either. */
    static final Clock NO_CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Duration FOUR_HOURS = Duration.ofHours(4);
    static final EscalationRules QUARTER_REMINDER = EscalationRules.of(0.25, 3);

    static final Map<String, WorkingCalendar> CALENDARS = Map.of(
            "bea", officeHours(BERLIN),
            "lead", officeHours(BERLIN),
            "nyla", officeHours(NEW_YORK),
            // Bea's colleague who is off all Monday 13 January
            "otto", officeHours(BERLIN).withTimeOff(List.of(new TimeOff(berlin("2025-01-13T00:00"), berlin("2025-01-14T00:00")))));
    static final CalendarResolver RESOLVER = CALENDARS::get;

    static WorkingCalendar officeHours(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }

    static EscalationPlan planAt(String berlinLocal, EscalationRules rules, Deadline... deadlines) {
        Clock clock = Clock.fixed(berlin(berlinLocal), ZoneOffset.UTC);
        return new EscalationPlanner(RESOLVER, clock).plan(List.of(deadlines), rules);
    }

    /** Bea in Berlin is asked on Friday 16:00 with a 4-working-hour window. */
    static Deadline fridayAfternoonRequest(String recipient, List<String> targets) {
        Instant opened = berlin("2025-01-10T16:00");
        return Deadline.open("req-1", DeadlineKind.REPLY, recipient, targets, opened,
                CALENDARS.get(recipient).addWorkingTime(opened, FOUR_HOURS));
    }

    @Test
    void a_friday_afternoon_request_is_due_monday_noon_and_its_reminder_waits_for_monday_morning() {
        Deadline deadline = fridayAfternoonRequest("bea", List.of("lead"));
        assertThat(deadline.dueAt()).isEqualTo(berlin("2025-01-13T12:00"));

        // A quarter of the window (1h) ends Friday 17:00; the pass that notices it runs on Saturday.
        EscalationPlan plan = planAt("2025-01-11T10:00", QUARTER_REMINDER, deadline);

        assertThat(plan.notifications()).singleElement().satisfies(n -> {
            assertThat(n.isReminder()).isTrue();
            assertThat(n.addressee()).isEqualTo("bea");
            assertThat(n.key()).isEqualTo(NotificationKey.reminder("req-1", DeadlineKind.REPLY));
            assertThat(n.deliverAt()).isEqualTo(berlin("2025-01-13T09:00"));
            assertThat(n.urgentOverride()).isFalse();
        });
        assertThat(plan.nextCheckAt()).isAfter(berlin("2025-01-11T10:00")).isBeforeOrEqualTo(berlin("2025-01-13T12:00"));
    }

    @Test
    void the_reminder_falls_at_the_policy_fraction_of_the_working_window() {
        Deadline deadline = fridayAfternoonRequest("bea", List.of("lead"));
        EscalationRules half = EscalationRules.of(0.5, 3);
        EscalationPlanner planner = new EscalationPlanner(RESOLVER, NO_CLOCK);

        assertThat(planner.momentOf(deadline, half, 0)).isEqualTo(berlin("2025-01-13T10:00"));
        assertThat(planAt("2025-01-13T09:59", half, deadline).notifications()).isEmpty();
        assertThat(planAt("2025-01-13T10:00", half, deadline).notifications()).singleElement()
                .satisfies(n -> assertThat(n.deliverAt()).isEqualTo(berlin("2025-01-13T10:00")));
    }

    @Test
    void nothing_escalates_before_the_due_time() {
        Deadline reminded = fridayAfternoonRequest("bea", List.of("lead")).withNotified(true, 0);

        EscalationPlan plan = planAt("2025-01-13T11:59", QUARTER_REMINDER, reminded);

        assertThat(plan.notifications()).isEmpty();
        assertThat(plan.nextCheckAt()).isAfter(berlin("2025-01-13T11:59")).isBeforeOrEqualTo(berlin("2025-01-13T12:00"));
    }

    @Test
    void on_breach_the_recipient_and_the_escalation_targets_are_told_at_level_one() {
        Deadline reminded = fridayAfternoonRequest("bea", List.of("lead", "nyla")).withNotified(true, 0);

        EscalationPlan plan = planAt("2025-01-13T12:00", QUARTER_REMINDER, reminded);

        assertThat(plan.notifications()).extracting(Notification::addressee).containsExactly("bea", "lead", "nyla");
        assertThat(plan.notifications()).allSatisfy(n -> {
            assertThat(n.level()).isEqualTo(1);
            assertThat(n.key().asString()).isEqualTo("REPLY:1:req-1");
            assertThat(n.recipient()).isEqualTo("bea");
        });
        // Noon in Berlin is 06:00 in New York: Nyla gets it when her day starts.
        assertThat(plan.notifications().get(2).deliverAt())
                .isEqualTo(ZonedDateTime.of(2025, 1, 13, 9, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(plan.notifications().get(1).deliverAt()).isEqualTo(berlin("2025-01-13T12:00"));
    }

    @Test
    void an_escalation_target_on_time_off_gets_it_when_they_are_back() {
        Deadline reminded = fridayAfternoonRequest("bea", List.of("otto")).withNotified(true, 0);

        EscalationPlan plan = planAt("2025-01-13T12:00", QUARTER_REMINDER, reminded);

        assertThat(plan.notifications()).filteredOn(n -> n.addressee().equals("otto")).singleElement()
                .satisfies(n -> assertThat(n.deliverAt()).isEqualTo(berlin("2025-01-14T09:00")));
    }

    @Test
    void the_recipients_time_off_pushes_the_due_time_and_the_escalation_with_it() {
        Deadline deadline = fridayAfternoonRequest("otto", List.of("lead")).withNotified(true, 0);
        assertThat(deadline.dueAt()).isEqualTo(berlin("2025-01-14T12:00"));

        assertThat(planAt("2025-01-13T12:00", QUARTER_REMINDER, deadline).notifications()).isEmpty();
        assertThat(planAt("2025-01-14T12:00", QUARTER_REMINDER, deadline).notifications())
                .extracting(Notification::level).containsOnly(1);
    }

    @Test
    void it_escalates_again_after_each_further_window_of_working_time() {
        Deadline levelOne = fridayAfternoonRequest("bea", List.of("lead")).withNotified(true, 1);
        EscalationPlanner planner = new EscalationPlanner(RESOLVER, NO_CLOCK);

        assertThat(planner.momentOf(levelOne, QUARTER_REMINDER, 2)).isEqualTo(berlin("2025-01-13T16:00"));
        assertThat(planner.momentOf(levelOne, QUARTER_REMINDER, 3)).isEqualTo(berlin("2025-01-14T12:00"));
        assertThat(planAt("2025-01-13T15:59", QUARTER_REMINDER, levelOne).notifications()).isEmpty();
        assertThat(planAt("2025-01-13T16:00", QUARTER_REMINDER, levelOne).notifications())
                .extracting(n -> n.key().asString()).containsOnly("REPLY:2:req-1");
    }

    @Test
    void after_missed_passes_only_the_highest_level_reached_is_sent_and_no_stale_reminder() {
        Deadline nothingSent = fridayAfternoonRequest("bea", List.of("lead"));

        EscalationPlan plan = planAt("2025-01-14T15:00", QUARTER_REMINDER, nothingSent);

        assertThat(plan.notifications()).extracting(Notification::level).containsOnly(3);
    }

    @Test
    void escalation_stops_at_the_maximum_level() {
        Deadline maxed = fridayAfternoonRequest("bea", List.of("lead")).withNotified(true, 3);

        EscalationPlan plan = planAt("2025-01-20T12:00", QUARTER_REMINDER, maxed);

        assertThat(plan.notifications()).isEmpty();
        assertThat(plan.nextCheckAt()).isEqualTo(berlin("2025-01-20T13:00"));
    }

    @Test
    void an_already_sent_level_is_not_sent_again() {
        Deadline levelOne = fridayAfternoonRequest("bea", List.of("lead")).withNotified(true, 1);

        assertThat(planAt("2025-01-13T12:30", QUARTER_REMINDER, levelOne).notifications()).isEmpty();
    }

    @Test
    void an_urgent_request_is_delivered_at_once_and_says_so() {
        Deadline urgent = fridayAfternoonRequest("bea", List.of("lead")).asUrgent();

        EscalationPlan weekend = planAt("2025-01-11T10:00", QUARTER_REMINDER, urgent);
        EscalationPlan workday = planAt("2025-01-13T10:00", QUARTER_REMINDER, urgent);

        assertThat(weekend.notifications()).singleElement().satisfies(n -> {
            assertThat(n.deliverAt()).isEqualTo(berlin("2025-01-11T10:00"));
            assertThat(n.urgentOverride()).isTrue();
        });
        assertThat(workday.notifications()).singleElement()
                .satisfies(n -> assertThat(n.urgentOverride()).as("no override needed in working time").isFalse());
    }

    @Test
    void checks_come_more_often_as_the_deadline_approaches_but_never_after_it() {
        Deadline reminded = fridayAfternoonRequest("bea", List.of("lead")).withNotified(true, 0);

        assertThat(planAt("2025-01-13T09:00", QUARTER_REMINDER, reminded).nextCheckAt()).isEqualTo(berlin("2025-01-13T10:00"));
        assertThat(planAt("2025-01-13T11:00", QUARTER_REMINDER, reminded).nextCheckAt()).isEqualTo(berlin("2025-01-13T11:30"));
        assertThat(planAt("2025-01-13T11:50", QUARTER_REMINDER, reminded).nextCheckAt()).isEqualTo(berlin("2025-01-13T11:55"));
        Clock almost = Clock.fixed(berlin("2025-01-13T12:00").minusSeconds(30), ZoneOffset.UTC);
        assertThat(new EscalationPlanner(RESOLVER, almost).plan(List.of(reminded), QUARTER_REMINDER).nextCheckAt())
                .isEqualTo(berlin("2025-01-13T12:00"));
    }

    @Test
    void with_nothing_open_the_next_check_is_the_longest_interval() {
        assertThat(planAt("2025-01-13T09:00", QUARTER_REMINDER).nextCheckAt()).isEqualTo(berlin("2025-01-13T10:00"));
    }

    @Test
    void reminders_can_be_switched_off() {
        Deadline deadline = fridayAfternoonRequest("bea", List.of("lead"));

        assertThat(planAt("2025-01-13T11:00", EscalationRules.of(0, 2), deadline).notifications()).isEmpty();
    }

    @Test
    void a_due_time_renegotiated_into_off_hours_escalates_once_without_reminder() {
        // Opened Saturday, due Sunday: no working time in between, so nothing to remind about or repeat.
        Deadline weekend = Deadline.open("req-9", DeadlineKind.OWNERSHIP, "bea", List.of("lead"),
                berlin("2025-01-11T10:00"), berlin("2025-01-12T10:00"));

        assertThat(planAt("2025-01-11T20:00", QUARTER_REMINDER, weekend).notifications()).isEmpty();
        EscalationPlan breached = planAt("2025-01-15T10:00", QUARTER_REMINDER, weekend);
        assertThat(breached.notifications()).extracting(Notification::level).containsOnly(1);
        assertThat(planAt("2025-01-20T10:00", QUARTER_REMINDER, weekend.withNotified(false, 1)).notifications()).isEmpty();
    }

    @Test
    void deadlines_of_different_kinds_with_the_same_id_get_different_keys() {
        Instant opened = berlin("2025-01-13T09:00");
        Deadline reply = Deadline.open("42", DeadlineKind.REPLY, "bea", List.of(), opened, berlin("2025-01-13T10:00"));
        Deadline ownership = Deadline.open("42", DeadlineKind.OWNERSHIP, "bea", List.of(), opened, berlin("2025-01-13T10:00"));

        EscalationPlan plan = planAt("2025-01-13T10:00", QUARTER_REMINDER, reply, ownership);

        assertThat(plan.notifications()).extracting(n -> n.key().asString())
                .containsExactly("REPLY:1:42", "OWNERSHIP:1:42");
    }
}
