package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.plugin.report.ReportSummary;

/** What the report store promises on any database: reviewers and feedback kept in order, exactly as written. */
abstract class ReportStoreContract {

    abstract AoFixture fixture();

    private AoReportStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoReportStore(fixture().ao());
    }

    static MeetingReport report(String id, int dueHours) {
        return new MeetingReport(id, Requests.DEMO_1, "Weekly status", "Line 1\n  <b>bold</b> \u00fcber  ",
                ReplacedMeeting.of("Weekly status", 45, 8), "alice",
                List.of(Reviewer.of("bob", ReviewerRole.REQUIRED, Requests.T0.plusSeconds(dueHours * 3600L)),
                        Reviewer.of("carol", ReviewerRole.OPTIONAL, Requests.T0.plusSeconds(3600))),
                Duration.ofHours(16), Requests.T0, MeetingReport.ReportState.OPEN, null, null, List.of(), 1);
    }

    static MeetingReport withFeedback(MeetingReport r, Feedback... feedback) {
        return new MeetingReport(r.id(), r.item(), r.title(), r.body(), r.meeting(), r.author(), r.reviewers(),
                r.feedbackWindow(), r.publishedAt(), r.state(), r.closedAt(), r.closeReason(), List.of(feedback), r.version() + 1);
    }

    @Test
    void aReportWithReviewersAndFeedbackReadsBackExactly() {
        MeetingReport report = report("rep1", 16);
        store.save(report, 0);
        MeetingReport withFeedback = withFeedback(report,
                Feedback.of("f1", "bob", FeedbackKind.QUESTION, "Why <now>?\n", Requests.T0.plusSeconds(5)),
                Feedback.of("f2", "carol", FeedbackKind.ACKNOWLEDGE, null, Requests.T0.plusSeconds(6)));

        store.save(withFeedback, 1);

        assertThat(store.findById("rep1")).contains(withFeedback);
        assertThat(store.findSummariesByItem(Requests.DEMO_1, 10)).extracting(ReportSummary::version).containsExactly(2L);
    }

    @Test
    void concurrentFeedbackOnTheSameVersionIsAConflict() {
        MeetingReport report = report("rep1", 16);
        store.save(report, 0);
        store.save(withFeedback(report, Feedback.of("f1", "bob", FeedbackKind.COMMENT, "ok", Requests.T0)), 1);

        assertThatThrownBy(() -> store.save(withFeedback(report, Feedback.of("f2", "carol", FeedbackKind.COMMENT, "no", Requests.T0)), 1))
                .hasMessage("Changed by someone else; reload and try again.");
        assertThat(store.findById("rep1").orElseThrow().feedback()).extracting(Feedback::id).containsExactly("f1");
    }

    @Test
    void openReportsAreFoundByTheirLastRequiredDeadline() {
        store.save(report("soon", 2), 0);
        store.save(report("late", 40), 0);

        assertThat(store.findOpenClosingBy(Requests.T0.plusSeconds(3 * 3600))).extracting(MeetingReport::id).containsExactly("soon");
        assertThat(store.findOpenClosingBy(Requests.T0)).isEmpty();
    }

    @Test
    void aSeriesAdvancesWithItsVersion() {
        ReportSeries series = new ReportSeries("s1", ItemRef.page("TEAM", "123"), ReplacedMeeting.of("Standup", 15, 6),
                "alice", Cadence.MONTHLY, LocalDate.of(2026, 1, 31), 0, 1);
        store.saveSeries(series, 0);
        ReportSeries advanced = new ReportSeries("s1", series.item(), series.meeting(), "alice", Cadence.MONTHLY,
                series.firstOccurrence(), 1, 2);

        store.saveSeries(advanced, 1);

        assertThat(store.findSeries("s1")).contains(advanced);
        assertThatThrownBy(() -> store.saveSeries(advanced, 1)).hasMessageContaining("reload");
    }

    @Test
    void anEndedSeriesIsGoneAndCanBeStartedAgainUnderItsIdFromTheFirstVersion() {
        ReportSeries series = new ReportSeries("page-series-1", ItemRef.page("TEAM", "123"),
                ReplacedMeeting.of("Standup", 15, 6), "alice", Cadence.WEEKLY, LocalDate.of(2026, 3, 2), 1, 1);
        store.saveSeries(series, 0);
        ReportSeries advanced = new ReportSeries(series.id(), series.item(), series.meeting(), "alice", Cadence.WEEKLY,
                series.firstOccurrence(), 2, 2);
        store.saveSeries(advanced, 1);

        assertThat(store.deleteSeries(series.id(), 2)).isTrue();

        assertThat(store.findSeries(series.id())).isEmpty();
        assertThat(store.findSeriesAfter("", 10)).isEmpty();
        assertThat(store.deleteSeries(series.id(), 2)).isFalse();
        store.saveSeries(series, 0);
        assertThat(store.findSeries(series.id())).contains(series);
        store.saveSeries(advanced, 1);
        assertThat(store.findSeries(series.id())).contains(advanced);
    }

    @Test
    void aSeriesChangedSinceItWasReadIsNotEndedAndNoOtherSeriesIsTouched() {
        ReportSeries series = new ReportSeries("s1", ItemRef.page("TEAM", "123"), ReplacedMeeting.of("Standup", 15, 6),
                "alice", Cadence.WEEKLY, LocalDate.of(2026, 3, 2), 1, 1);
        ReportSeries other = new ReportSeries("s2", series.item(), series.meeting(), "bob", Cadence.MONTHLY,
                LocalDate.of(2026, 3, 5), 1, 1);
        store.saveSeries(series, 0);
        store.saveSeries(other, 0);
        store.saveSeries(new ReportSeries("s1", series.item(), series.meeting(), "alice", Cadence.BIWEEKLY,
                series.firstOccurrence(), 1, 2), 1);

        assertThatThrownBy(() -> store.deleteSeries("s1", 1)).hasMessageContaining("reload");

        assertThat(store.findSeries("s1")).hasValueSatisfying(s -> assertThat(s.cadence()).isEqualTo(Cadence.BIWEEKLY));
        assertThat(store.deleteSeries("s2", 1)).isTrue();
        assertThat(store.findSeries("s1")).isPresent();
    }

    @Test
    void everySeriesIsReadOnceWhenPagedByIdWhateverTheOrderTheyWereStartedIn() {
        for (String id : java.util.List.of("s3", "s1", "s5", "s2", "s4")) {
            store.saveSeries(new ReportSeries(id, ItemRef.page("TEAM", "123"), ReplacedMeeting.of("Standup", 15, 6),
                    "alice", Cadence.WEEKLY, LocalDate.of(2026, 3, 2), 0, 1), 0);
        }

        java.util.List<String> seen = new java.util.ArrayList<>();
        String after = "";
        for (java.util.List<ReportSeries> page; !(page = store.findSeriesAfter(after, 2)).isEmpty(); ) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(x -> seen.add(x.id()));
            after = page.get(page.size() - 1).id();
        }

        assertThat(seen).containsExactly("s1", "s2", "s3", "s4", "s5");
    }
}
