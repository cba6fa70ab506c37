package works.async.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import works.async.core.schedule.CalendarResolver;
import works.async.core.time.DailyInterval;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

class EscalationPropertiesTest {

    static final Instant BASE = ZonedDateTime.of(2025, 3, 3, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(); // spans a DST change
    static final List<String> PEOPLE = List.of("berlin", "tokyo", "newyork", "nightshift", "onleave");
    static final Map<String, WorkingCalendar> CALENDARS = Map.of(
            "berlin", office(ZoneId.of("Europe/Berlin")),
            "tokyo", office(ZoneId.of("Asia/Tokyo")),
            "newyork", office(ZoneId.of("America/New_York")),
            "nightshift", WorkingCalendar.of(WeeklyPattern.of(Map.of(
                    java.time.DayOfWeek.MONDAY, List.of(DailyInterval.of("22:00", "24:00")),
                    java.time.DayOfWeek.TUESDAY, List.of(DailyInterval.of("00:00", "06:00"), DailyInterval.of("22:00", "24:00")),
                    java.time.DayOfWeek.WEDNESDAY, List.of(DailyInterval.of("00:00", "06:00")))),
                    ZoneId.of("Europe/London"), Set.of(), List.of()),
            "onleave", office(ZoneId.of("Europe/Berlin")).withTimeOff(List.of(
                    new TimeOff(BASE.plus(Duration.ofDays(3)), BASE.plus(Duration.ofDays(12))))));
    static final CalendarResolver RESOLVER = CALENDARS::get;

    static WorkingCalendar office(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    @Provide
    Arbitrary<String> person() {
        return Arbitraries.of(PEOPLE);
    }

    Deadline deadline(String recipient, long openedMinute, int windowMinutes, boolean reminded, int level, boolean urgent) {
        Instant opened = BASE.plus(Duration.ofMinutes(openedMinute));
        Instant due = CALENDARS.get(recipient).addWorkingTime(opened, Duration.ofMinutes(windowMinutes));
        List<String> targets = PEOPLE.stream().filter(p -> !p.equals(recipient)).limit(2).toList();
        Deadline d = new Deadline("req", DeadlineKind.REPLY, recipient, targets, opened, due, reminded, level, false);
        return urgent ? d.asUrgent() : d;
    }

    static EscalationPlan planAt(Instant now, Deadline deadline, double fraction) {
        return new EscalationPlanner(RESOLVER, Clock.fixed(now, ZoneOffset.UTC))
                .plan(List.of(deadline), EscalationRules.of(fraction, 3));
    }

    @Property(tries = 300)
    void nothing_escalates_before_its_due_time(
            @ForAll("person") String recipient, @ForAll @LongRange(min = 0, max = 20_000) long openedMinute,
            @ForAll @IntRange(min = 1, max = 3_000) int windowMinutes, @ForAll @LongRange(min = 0, max = 30_000) long nowOffset,
            @ForAll boolean reminded, @ForAll @IntRange(min = 0, max = 3) int level,
            @ForAll @IntRange(min = 0, max = 99) int fractionPercent) {
        Deadline deadline = deadline(recipient, openedMinute, windowMinutes, reminded, level, false);
        Instant now = deadline.openedAt().plus(Duration.ofMinutes(nowOffset));

        EscalationPlan plan = planAt(now, deadline, fractionPercent / 100.0);

        for (Notification n : plan.notifications()) {
            if (!n.isReminder()) {
                assertThat(now).isAfterOrEqualTo(deadline.dueAt());
                assertThat(n.level()).isGreaterThan(level);
            } else {
                assertThat(now).isBefore(deadline.dueAt());
            }
        }
        assertThat(plan.nextCheckAt()).isAfter(now);
    }

    @Property(tries = 300)
    void delivery_falls_in_the_addressees_working_time_unless_urgent(
            @ForAll("person") String recipient, @ForAll @LongRange(min = 0, max = 20_000) long openedMinute,
            @ForAll @IntRange(min = 1, max = 3_000) int windowMinutes, @ForAll @LongRange(min = 0, max = 30_000) long nowOffset,
            @ForAll boolean urgent) {
        Deadline deadline = deadline(recipient, openedMinute, windowMinutes, false, 0, urgent);
        Instant now = deadline.openedAt().plus(Duration.ofMinutes(nowOffset));

        for (Notification n : planAt(now, deadline, 0.5).notifications()) {
            WorkingCalendar calendar = CALENDARS.get(n.addressee());
            assertThat(n.deliverAt()).isAfterOrEqualTo(now);
            if (urgent) {
                assertThat(n.deliverAt()).isEqualTo(now);
                assertThat(n.urgentOverride()).isEqualTo(!calendar.isWorkingTime(now));
            } else {
                assertThat(calendar.isWorkingTime(n.deliverAt())).isTrue();
                assertThat(n.urgentOverride()).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void the_next_check_is_never_later_than_the_next_moment_something_falls_due(
            @ForAll("person") String recipient, @ForAll @LongRange(min = 0, max = 20_000) long openedMinute,
            @ForAll @IntRange(min = 1, max = 3_000) int windowMinutes, @ForAll @LongRange(min = 0, max = 30_000) long nowOffset) {
        Deadline deadline = deadline(recipient, openedMinute, windowMinutes, false, 0, false);
        Instant now = deadline.openedAt().plus(Duration.ofMinutes(nowOffset));
        EscalationRules rules = EscalationRules.of(0.5, 3);
        EscalationPlanner planner = new EscalationPlanner(RESOLVER, Clock.fixed(now, ZoneOffset.UTC));

        Instant next = planner.plan(List.of(deadline), rules).nextCheckAt();

        planner.nextMomentAfter(deadline, rules, now).ifPresent(moment -> assertThat(next).isBeforeOrEqualTo(moment));
        assertThat(next).isAfter(now).isBeforeOrEqualTo(now.plus(rules.maxCheckInterval()));
    }

    @Provide
    Arbitrary<NotificationKey> keys() {
        // A tiny alphabet with the separator in it makes near-collisions likely.
        Arbitrary<String> ids = Arbitraries.strings().withChars('a', ':', '1').ofMinLength(0).ofMaxLength(4);
        return net.jqwik.api.Combinators.combine(ids, Arbitraries.of(DeadlineKind.class), Arbitraries.integers().between(0, 12))
                .as(NotificationKey::new);
    }

    @Property(tries = 1000)
    void idempotency_keys_are_unique_per_request_kind_and_level(
            @ForAll("keys") NotificationKey a, @ForAll("keys") NotificationKey b) {
        assertThat(NotificationKey.parse(a.asString())).isEqualTo(a);
        assertThat(a.asString().equals(b.asString())).isEqualTo(a.equals(b));
    }
}
