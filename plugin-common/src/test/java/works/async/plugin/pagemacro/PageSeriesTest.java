package works.async.plugin.pagemacro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;
import works.async.plugin.pagemacro.PageSeries.Change;
import works.async.plugin.pagemacro.PageSeries.Decision;

/** What a page save does to a report macro's series, at given instants in the author's zone (no wall clock). */
class PageSeriesTest {

    private static final ItemRef PAGE = ItemRef.page("TEAM", "101");
    private static final ReplacedMeeting STATUS = ReplacedMeeting.of("Monday status", 30, 6);
    /** Carol lives in Auckland, where Monday 2 March 2026 begins at 11:00 UTC on Sunday. */
    private static final Map<String, ZoneId> ZONES = Map.of("carol", ZoneId.of("Pacific/Auckland"),
            "dave", ZoneId.of("America/Los_Angeles"));

    private static Decision save(ReportSeries stored, Cadence wanted, boolean newText, String at) {
        return PageSeries.decide(Optional.ofNullable(stored), "page-series-1", PAGE, STATUS, "carol", wanted, newText,
                Instant.parse(at), ZONES::get);
    }

    private static ReportSeries weekly(LocalDate first, int index) {
        return new ReportSeries("page-series-1", PAGE, STATUS, "carol", Cadence.WEEKLY, first, index, 3);
    }

    @Test
    void aMacroWithoutASeriesHasNone() {
        assertThat(save(null, null, true, "2026-03-02T10:00:00Z").change()).isEqualTo(Change.NONE);
    }

    @Test
    void settingTheParameterStartsTheSeriesOnTheSaveDateInTheSaversZoneWithTheNextReportOneCadenceLater() {
        // Sunday 20:00 in UTC is already Monday 09:00 for Carol.
        Decision decision = save(null, Cadence.WEEKLY, false, "2026-03-01T20:00:00Z");

        assertThat(decision.change()).isEqualTo(Change.STARTED);
        assertThat(decision.series().author()).isEqualTo("carol");
        assertThat(decision.series().firstOccurrence()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(decision.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(decision.series().version()).isEqualTo(1);
        assertThat(save(null, Cadence.BIWEEKLY, false, "2026-03-01T20:00:00Z").series().nextOccurrence())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(save(null, Cadence.MONTHLY, false, "2026-03-01T20:00:00Z").series().nextOccurrence())
                .isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void newTextBeforeTheNextDateRevisesTheCurrentReportAndLeavesTheSeries() {
        // Sunday 8 March, 23:00 in Auckland: the next report is due on Monday.
        assertThat(save(weekly(LocalDate.of(2026, 3, 2), 1), Cadence.WEEKLY, true, "2026-03-08T10:00:00Z").change())
                .isEqualTo(Change.NONE);
    }

    @Test
    void newTextOnTheNextDateInTheAuthorsZoneIsTheNextReportAndTheSeriesMovesOnAWeek() {
        // Sunday 8 March, 11:00 UTC: Monday 9 March, 00:00 in Auckland.
        Decision decision = save(weekly(LocalDate.of(2026, 3, 2), 1), Cadence.WEEKLY, true, "2026-03-08T11:00:00Z");

        assertThat(decision.change()).isEqualTo(Change.NEXT_REPORT);
        assertThat(decision.series().occurrenceIndex()).isEqualTo(2);
        assertThat(decision.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(decision.series().firstOccurrence()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(decision.series().version()).isEqualTo(4);
    }

    @Test
    void aSaveOnTheNextDateThatLeavesTheTextAsItWasMakesNoNewReport() {
        assertThat(save(weekly(LocalDate.of(2026, 3, 2), 1), Cadence.WEEKLY, false, "2026-03-09T01:00:00Z").change())
                .isEqualTo(Change.NONE);
    }

    @Test
    void aReportWrittenWeeksLateSkipsTheMissedDates() {
        // Wednesday 25 March in Auckland: 9, 16 and 23 March have passed.
        Decision decision = save(weekly(LocalDate.of(2026, 3, 2), 1), Cadence.WEEKLY, true, "2026-03-25T01:00:00Z");

        assertThat(decision.change()).isEqualTo(Change.NEXT_REPORT);
        assertThat(decision.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aMonthlySeriesOfThe31stComesBackToThe31stAfterAShortMonth() {
        ReportSeries monthly = new ReportSeries("page-series-1", PAGE, STATUS, "carol", Cadence.MONTHLY,
                LocalDate.of(2026, 1, 31), 1, 1);
        assertThat(monthly.nextOccurrence()).isEqualTo(LocalDate.of(2026, 2, 28));

        Decision decision = save(monthly, Cadence.MONTHLY, true, "2026-02-28T01:00:00Z");

        assertThat(decision.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void changingTheCadenceRetimesTheNextDateFromTheCurrentReportsDate() {
        // Thursday 5 March in Auckland; the current report is Monday 2 March's.
        Decision monthly = save(weekly(LocalDate.of(2026, 3, 2), 1), Cadence.MONTHLY, false, "2026-03-04T12:00:00Z");

        assertThat(monthly.change()).isEqualTo(Change.RETIMED);
        assertThat(monthly.series().cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(monthly.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(monthly.series().version()).isEqualTo(4);
    }

    @Test
    void aRetimedSeriesNeverHasItsNextDateInThePast() {
        // Monthly since Monday 2 March; on Thursday 12 March it becomes weekly: 9 March has passed, 16 March is next.
        ReportSeries monthly = new ReportSeries("page-series-1", PAGE, STATUS, "carol", Cadence.MONTHLY,
                LocalDate.of(2026, 3, 2), 1, 1);

        Decision weekly = save(monthly, Cadence.WEEKLY, false, "2026-03-11T12:00:00Z");

        assertThat(weekly.change()).isEqualTo(Change.RETIMED);
        assertThat(weekly.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void noneEndsTheSeries() {
        Decision decision = save(weekly(LocalDate.of(2026, 3, 2), 1), null, true, "2026-03-04T12:00:00Z");

        assertThat(decision.change()).isEqualTo(Change.ENDED);
        assertThat(decision.series()).isNull();
    }

    @Test
    void anotherMeetingKeepsTheDatesAndTheDatesAreTheAuthorsNotTheSaversWhenSomeoneElseSaves() {
        ReportSeries series = weekly(LocalDate.of(2026, 3, 2), 1);
        Decision decision = PageSeries.decide(Optional.of(series), series.id(), PAGE, ReplacedMeeting.of("Status", 45, 6),
                "dave", Cadence.WEEKLY, false, Instant.parse("2026-03-04T12:00:00Z"), ZONES::get);

        assertThat(decision.change()).isEqualTo(Change.UPDATED);
        assertThat(decision.series().meeting().name()).isEqualTo("Status");
        assertThat(decision.series().author()).isEqualTo("carol");
        assertThat(decision.series().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 9));
        // Sunday 8 March 12:00 UTC: still Sunday for Dave, who saves, but Monday 9 March for Carol, the author.
        assertThat(PageSeries.decide(Optional.of(series), series.id(), PAGE, STATUS, "dave", Cadence.WEEKLY, true,
                Instant.parse("2026-03-08T12:00:00Z"), ZONES::get).change()).isEqualTo(Change.NEXT_REPORT);
    }
}
