package works.async.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

class DigestPlannerTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final CalendarResolver CALENDARS = Map.of(
            "bea", officeHours(BERLIN), "lead", officeHours(BERLIN), "nyla", officeHours(NEW_YORK))::get;

    static WorkingCalendar officeHours(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }

    static Notification note(String requestId, int level, String addressee, String due) {
        Instant dueAt = berlin(due);
        return new Notification(new NotificationKey(requestId, DeadlineKind.REPLY, level), addressee, "bea", dueAt, dueAt, false);
    }

    static DigestPlanner plannerAt(String berlinLocal) {
        return new DigestPlanner(CALENDARS, Clock.fixed(berlin(berlinLocal), ZoneOffset.UTC));
    }

    @Test
    void each_person_gets_one_digest_with_their_notifications_ordered_by_due_time() {
        Notification late = note("r2", 1, "lead", "2025-01-14T12:00");
        Notification early = note("r1", 1, "lead", "2025-01-13T12:00");
        Notification sameDueHigherLevel = note("r0", 2, "lead", "2025-01-14T12:00"); // ties broken by key "REPLY:2:r0"
        Notification forBea = note("r1", 1, "bea", "2025-01-13T12:00");

        List<Digest> digests = plannerAt("2025-01-14T07:00")
                .group(List.of(sameDueHigherLevel, late, forBea, early), LocalTime.of(9, 30));

        assertThat(digests).extracting(Digest::addressee).containsExactly("bea", "lead");
        assertThat(digests.get(1).notifications()).containsExactly(early, late, sameDueHigherLevel);
        assertThat(digests.get(0).notifications()).containsExactly(forBea);
        assertThat(digests).allSatisfy(d -> assertThat(d.deliverAt()).isEqualTo(berlin("2025-01-14T09:30")));
    }

    @Test
    void the_digest_goes_out_at_digest_time_in_each_persons_own_zone() {
        List<Digest> digests = plannerAt("2025-01-14T07:00").group(
                List.of(note("r1", 1, "bea", "2025-01-13T12:00"), note("r1", 1, "nyla", "2025-01-13T12:00")),
                LocalTime.of(9, 30));

        assertThat(digests.get(1).zone()).isEqualTo(NEW_YORK);
        assertThat(digests.get(1).deliverAt()).isEqualTo(ZonedDateTime.of(2025, 1, 14, 9, 30, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void once_todays_digest_time_has_passed_it_waits_for_the_next_working_day() {
        List<Digest> friday = plannerAt("2025-01-10T10:00")
                .group(List.of(note("r1", 1, "bea", "2025-01-10T09:00")), LocalTime.of(9, 30));

        assertThat(friday.get(0).deliverAt()).isEqualTo(berlin("2025-01-13T09:00"));
    }

    @Test
    void a_digest_time_before_working_hours_is_delivered_when_the_day_starts() {
        List<Digest> digests = plannerAt("2025-01-13T06:00")
                .group(List.of(note("r1", 1, "bea", "2025-01-13T12:00")), LocalTime.of(7, 0));

        assertThat(digests.get(0).deliverAt()).isEqualTo(berlin("2025-01-13T09:00"));
    }

    @Test
    void no_notifications_means_no_digests() {
        assertThat(plannerAt("2025-01-13T06:00").group(List.of(), LocalTime.of(9, 0))).isEmpty();
    }
}
