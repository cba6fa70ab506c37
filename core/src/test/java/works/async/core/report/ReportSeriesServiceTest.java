package works.async.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;
import works.async.core.testing.MutableClock;

class ReportSeriesServiceTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ItemRef PROJECT = ItemRef.issue("DEMO", "DEMO-REPORTS");
    static final ReplacedMeeting STATUS = ReplacedMeeting.of("Weekly status", 60, 6);

    final Map<String, WorkingCalendar> calendars = Map.of("author",
            WorkingCalendar.of(WeeklyPattern.mondayToFriday("08:30", "16:30"), NEW_YORK, Set.of(LocalDate.of(2025, 1, 20)), List.of()));
    final MutableClock clock = new MutableClock(ZonedDateTime.of(LocalDateTime.parse("2025-01-10T12:00"), NEW_YORK).toInstant());
    final InMemoryReportStore store = new InMemoryReportStore();
    final ReportSeriesService service = new ReportSeriesService(store, calendars::get, clock, () -> "series-1");

    static java.time.Instant newYork(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), NEW_YORK).toInstant();
    }

    @Test
    void the_author_is_reminded_at_the_start_of_their_working_day_on_the_report_date() {
        ReportSeriesService.OccurrenceScheduled first =
                service.start(PROJECT, STATUS, "author", Cadence.WEEKLY, LocalDate.of(2025, 1, 13));

        assertThat(first.occurrence()).isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat(first.remindAt()).isEqualTo(newYork("2025-01-13T08:30"));
        assertThat(store.findSeries("series-1")).contains(first.series());
    }

    @Test
    void a_report_date_on_a_holiday_is_reminded_on_the_next_working_day() {
        service.start(PROJECT, STATUS, "author", Cadence.WEEKLY, LocalDate.of(2025, 1, 13));

        ReportSeriesService.OccurrenceScheduled second = service.advance("series-1", LocalDate.of(2025, 1, 13));

        assertThat(second.occurrence()).isEqualTo(LocalDate.of(2025, 1, 20)); // a public holiday
        assertThat(second.remindAt()).isEqualTo(newYork("2025-01-21T08:30"));
        assertThat(second.series().version()).isEqualTo(2);
    }

    @Test
    void occurrences_follow_the_cadence_and_monthly_ones_keep_their_day_of_month() {
        LocalDate first = LocalDate.of(2025, 1, 31);

        assertThat(Cadence.WEEKLY.occurrence(first, 1)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(Cadence.BIWEEKLY.occurrence(first, 1)).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(Cadence.MONTHLY.occurrence(first, 1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Cadence.MONTHLY.occurrence(first, 2)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void a_series_cannot_start_in_the_past_or_without_a_cadence() {
        assertThatThrownBy(() -> service.start(PROJECT, STATUS, "author", Cadence.WEEKLY, LocalDate.of(2025, 1, 9)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATE);
                    assertThat(e.field()).isEqualTo("firstOccurrence");
                });
        assertThatThrownBy(() -> service.start(PROJECT, STATUS, "author", null, LocalDate.of(2025, 1, 13)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("cadence"));
        assertThatThrownBy(() -> service.advance("nope", LocalDate.of(2025, 1, 13)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(store.series).isEmpty();
    }

    @Test
    void markingTheSameReportDateDoneTwiceMovesTheSeriesOnlyOnce() {
        service.start(PROJECT, STATUS, "author", Cadence.WEEKLY, LocalDate.of(2025, 1, 13));
        service.advance("series-1", LocalDate.of(2025, 1, 13));

        // A double click or a retried request names the date already handled: refused, the series stays put.
        assertThatThrownBy(() -> service.advance("series-1", LocalDate.of(2025, 1, 13)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERIES_MOVED_ON);
                    assertThat(e.code().kind().httpStatus()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("occurrence");
                });
        assertThat(store.findSeries("series-1").orElseThrow().nextOccurrence()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(store.findSeries("series-1").orElseThrow().version()).isEqualTo(2);
        assertThatThrownBy(() -> service.advance("series-1", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED);
                    assertThat(e.field()).isEqualTo("occurrence");
                });
    }
}
