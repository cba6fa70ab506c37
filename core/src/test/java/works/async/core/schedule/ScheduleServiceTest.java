package works.async.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.FieldProblem;
import works.async.core.time.TimeOff;

class ScheduleServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final ScheduleDraft.Absence EASTER =
            new ScheduleDraft.Absence(Instant.parse("2026-04-02T00:00:00Z"), Instant.parse("2026-04-07T00:00:00Z"));

    private final InMemoryScheduleStore store = new InMemoryScheduleStore();
    private final ScheduleService service = new ScheduleService(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyMistakeOnTheScheduleFormIsReportedWithTheFieldToFix() {
        List<LocalDate> holidays = Arrays.asList(LocalDate.of(2026, 5, 1), null, LocalDate.of(2026, 5, 1));
        List<ScheduleDraft.Absence> timeOff = new ArrayList<>(List.of(
                new ScheduleDraft.Absence(Instant.parse("2026-04-07T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z")),
                new ScheduleDraft.Absence(null, Instant.parse("2026-04-02T00:00:00Z"))));
        ScheduleDraft draft = new ScheduleDraft(Map.of(
                DayOfWeek.MONDAY, List.of(new ScheduleDraft.Interval("9am", "17:00")),
                DayOfWeek.TUESDAY, List.of(new ScheduleDraft.Interval("09:00", "09:00"))), holidays, timeOff);

        assertThatThrownBy(() -> service.update("anna", draft, 0))
                .isInstanceOfSatisfying(ScheduleValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCHEDULE);
                    assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                            tuple("week.MONDAY[0]", "invalid_time"),
                            tuple("week.TUESDAY[0]", "empty_interval"),
                            tuple("holidays[1]", "required"),
                            tuple("holidays[2]", "duplicate"),
                            tuple("timeOff[0].to", "invalid_range"),
                            tuple("timeOff[1].from", "required"));
                });
        assertThat(store.saves).isZero();
        assertThat(service.get("anna")).isEqualTo(PersonalSchedule.empty("anna"));
    }

    @Test
    void overlappingWorkingHoursPointAtTheIntervalThatOverlaps() {
        ScheduleDraft draft = new ScheduleDraft(Map.of(DayOfWeek.MONDAY, List.of(
                new ScheduleDraft.Interval("09:00", "13:00"), new ScheduleDraft.Interval("12:00", "17:00"))), List.of(), List.of());

        assertThatThrownBy(() -> service.update("anna", draft, 0))
                .isInstanceOfSatisfying(ScheduleValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("week.MONDAY[1]", "overlapping_intervals")));
    }

    @Test
    void aWeekWithoutAnyWorkingTimeIsRefused() {
        ScheduleDraft draft = new ScheduleDraft(Map.of(), List.of(), List.of());

        assertThatThrownBy(() -> service.update("anna", draft, 0))
                .isInstanceOfSatisfying(ScheduleValidationException.class, e -> assertThat(e.field()).isEqualTo("week"));
    }

    @Test
    void addingTimeOffAnnouncesItSoOpenReplyWindowsCanPause() {
        ScheduleUpdate update = service.update("anna", ScheduleDraft.timeOffOnly(List.of(EASTER)), 0);

        TimeOff easter = new TimeOff(EASTER.from(), EASTER.to());
        assertThat(update.schedule().timeOff()).containsExactly(easter);
        assertThat(update.schedule().version()).isEqualTo(1);
        assertThat(update.events()).hasSize(2).first().isInstanceOf(ScheduleChanged.class);
        assertThat(update.timeOffChanged()).hasValueSatisfying(event -> {
            assertThat(event.userKey()).isEqualTo("anna");
            assertThat(event.before()).isEmpty();
            assertThat(event.after()).containsExactly(easter);
            assertThat(event.at()).isEqualTo(NOW);
        });
    }

    @Test
    void changingOnlyWorkingHoursDoesNotAnnounceATimeOffChange() {
        service.update("anna", ScheduleDraft.timeOffOnly(List.of(EASTER)), 0);

        ScheduleUpdate update = service.update("anna", new ScheduleDraft(
                Map.of(DayOfWeek.MONDAY, List.of(new ScheduleDraft.Interval("10:00", "18:00"))), List.of(), List.of(EASTER)), 1);

        assertThat(update.timeOffChanged()).isEmpty();
        assertThat(update.events()).singleElement().isInstanceOf(ScheduleChanged.class);
    }

    @Test
    void savingFromAStaleFormIsAConflictAndKeepsTheNewerSchedule() {
        service.update("anna", ScheduleDraft.timeOffOnly(List.of(EASTER)), 0);
        PersonalSchedule current = service.get("anna");

        assertThatThrownBy(() -> service.update("anna", ScheduleDraft.timeOffOnly(List.of()), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(service.get("anna")).isEqualTo(current);
    }

    @Test
    void timeOffIsKeptInStartOrderWhateverOrderItWasEnteredIn() {
        ScheduleDraft.Absence march = new ScheduleDraft.Absence(Instant.parse("2026-03-20T00:00:00Z"), Instant.parse("2026-03-21T00:00:00Z"));

        PersonalSchedule saved = service.update("anna", ScheduleDraft.timeOffOnly(List.of(EASTER, march)), 0).schedule();

        assertThat(saved.timeOff()).extracting(TimeOff::fromInclusive).containsExactly(march.from(), EASTER.from());
    }
}
