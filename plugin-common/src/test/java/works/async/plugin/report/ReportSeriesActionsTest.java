package works.async.plugin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeriesService.OccurrenceScheduled;
import works.async.plugin.app.AppFixture;

/** A weekly report replacing a meeting: its author is reminded on each report's date, once, until they move it on. */
class ReportSeriesActionsTest {

    private final AppFixture f = new AppFixture(); // Monday 2 March 2026, 10:00 UTC

    private OccurrenceScheduled startWeekly(LocalDate first) {
        return f.as("carol").reports().startSeries(new ReportActions.SeriesDraft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1",
                ReplacedMeeting.of("Monday status", 30, 6), Cadence.WEEKLY, first));
    }

    @Test
    void theAuthorIsRemindedOnceOnTheReportsDateAndAgainOnlyAfterMovingTheSeriesOn() {
        OccurrenceScheduled started = startWeekly(LocalDate.of(2026, 3, 4));
        String id = started.series().id();
        // The start of carol's working day (09:00 UTC) on Wednesday.
        assertThat(started.remindAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));

        f.app.escalation().runOnce();
        assertThat(f.host.mail).noneMatch(m -> m.contains("REPORT_SERIES"));

        f.clock.set(Instant.parse("2026-03-04T09:30:00Z"));
        f.app.escalation().runOnce();
        f.app.escalation().runOnce();
        assertThat(f.host.mail).filteredOn(m -> m.contains("REPORT_SERIES")).containsExactly("carol REPORT_SERIES:0:" + id + "/0");

        OccurrenceScheduled next = f.as("carol").reports().advanceSeries(id, LocalDate.of(2026, 3, 4));
        assertThat(next.occurrence()).isEqualTo(LocalDate.of(2026, 3, 11));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).filteredOn(m -> m.contains("REPORT_SERIES")).hasSize(1);

        f.clock.set(Instant.parse("2026-03-11T09:05:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).filteredOn(m -> m.contains("REPORT_SERIES"))
                .containsExactly("carol REPORT_SERIES:0:" + id + "/0", "carol REPORT_SERIES:0:" + id + "/1");
    }

    @Test
    void anAuthorFourteenHoursAheadOfUtcIsRemindedAtTheStartOfTheirOwnDay() {
        f.host.user("kiri", "Pacific/Kiritimati");
        String id = f.as("kiri").reports().startSeries(new ReportActions.SeriesDraft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1",
                ReplacedMeeting.of("Monday status", 30, 6), Cadence.WEEKLY, LocalDate.of(2026, 3, 4))).series().id();

        // 09:00 on Wednesday in Kiritimati (UTC+14) is 19:00 UTC on Tuesday.
        f.clock.set(Instant.parse("2026-03-03T18:59:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).noneMatch(m -> m.contains("REPORT_SERIES"));
        f.clock.set(Instant.parse("2026-03-03T19:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).contains("kiri REPORT_SERIES:0:" + id + "/0");
    }

    @Test
    void onlyTheAuthorMovesTheSeriesOnAndOthersWhoCanSeeTheIssueMayReadIt() {
        String id = startWeekly(LocalDate.of(2026, 3, 4)).series().id();

        assertThatThrownBy(() -> f.as("alice").reports().advanceSeries(id, LocalDate.of(2026, 3, 4))).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.as("alice").reports().series(id).occurrence()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aFirstReportInThePastIsRefusedNamingItsField() {
        assertThatThrownBy(() -> startWeekly(LocalDate.of(2026, 3, 1)))
                .extracting("code", "field").containsExactly(ErrorCode.INVALID_DATE, "firstOccurrence");
    }
}
