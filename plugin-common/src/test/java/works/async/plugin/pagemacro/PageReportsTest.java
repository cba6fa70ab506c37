package works.async.plugin.pagemacro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.plugin.app.AppFixture;
import works.async.plugin.pagemacro.PageReports.Change;
import works.async.plugin.pagemacro.PageReports.Outcome;

/** Saving a page publishes, revises and withdraws the reports of its async-report macros (fixed clock, real AO). */
class PageReportsTest {

    private final AppFixture f = new AppFixture(); // Monday 2 March 2026, 10:00 UTC

    PageReportsTest() {
        f.host.page("TEAM", "101", "Sprint 12 status");
        f.host.page("TEAM", "202", "Copy of Sprint 12 status");
    }

    private static String page(String macroId, String reviewers, String extraParameters, String body) {
        return "<p>Intro</p><ac:structured-macro ac:name=\"async-report\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId
                + "\"><ac:parameter ac:name=\"reviewers\">" + reviewers + "</ac:parameter>" + extraParameters
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private List<Outcome> save(String pageId, String author, String storage) {
        return f.as(author).pageReports().pageSaved(pageId, author, StorageFormat.macros(storage));
    }

    private MeetingReport report(String pageId, String macroId) {
        return f.as("admin").reports().get(PageMacroIds.report(pageId, macroId));
    }

    @Test
    void savingAPageWithANewMacroPublishesItsReportForTheNamedReviewers() {
        List<Outcome> outcomes = save("101", "carol", page("m-1", "alice, bob",
                "<ac:parameter ac:name=\"feedback-hours\">4</ac:parameter>"
                        + "<ac:parameter ac:name=\"replaces-meeting\">Monday status</ac:parameter>"
                        + "<ac:parameter ac:name=\"meeting-minutes\">30</ac:parameter>"
                        + "<ac:parameter ac:name=\"attendees\">6</ac:parameter>",
                "<p>Done: A &amp; B.</p><p>Next: C.</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactly(Change.CREATED);
        MeetingReport report = report("101", "m-1");
        assertThat(report.author()).isEqualTo("carol");
        assertThat(report.title()).isEqualTo("Sprint 12 status");
        assertThat(report.body()).isEqualTo("Done: A & B.\nNext: C.");
        assertThat(report.meeting().name()).isEqualTo("Monday status");
        assertThat(report.meeting().personMinutes()).isEqualTo(180);
        assertThat(report.reviewers()).extracting(r -> r.userKey()).containsExactly("alice", "bob");
        assertThat(report.reviewer("alice").orElseThrow().dueAt()).isEqualTo(AppFixture.MONDAY_10.plus(Duration.ofHours(4)));
    }

    @Test
    void editingTheBodyKeepsTheFeedbackGivenSoFar() {
        save("101", "carol", page("m-1", "alice, bob", "", "<p>First draft</p>"));
        f.as("alice").reports().feedback(PageMacroIds.report("101", "m-1"), FeedbackKind.ACKNOWLEDGE, null);

        List<Outcome> outcomes = save("101", "carol", page("m-1", "alice, bob", "", "<p>Second draft</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactly(Change.UPDATED);
        MeetingReport report = report("101", "m-1");
        assertThat(report.body()).isEqualTo("Second draft");
        assertThat(report.feedback()).extracting(fb -> fb.reviewer()).containsExactly("alice");
        assertThat(save("101", "carol", page("m-1", "alice, bob", "", "<p>Second draft</p>")))
                .extracting(Outcome::change).containsExactly(Change.UNCHANGED);
    }

    @Test
    void aCopiedPageStartsAFreshReportAndLeavesTheOriginalsFeedbackAlone() {
        String storage = page("m-1", "alice, bob", "", "<p>Status</p>");
        save("101", "carol", storage);
        f.as("alice").reports().feedback(PageMacroIds.report("101", "m-1"), FeedbackKind.ACKNOWLEDGE, null);

        // The copy has the same macro id, a new content id.
        assertThat(save("202", "dave", storage)).extracting(Outcome::change).containsExactly(Change.CREATED);

        assertThat(report("202", "m-1").feedback()).isEmpty();
        assertThat(report("202", "m-1").author()).isEqualTo("dave");
        assertThat(report("101", "m-1").feedback()).hasSize(1);
        assertThat(report("101", "m-1").isOpen()).isTrue();
    }

    @Test
    void removingTheMacroWithdrawsItsReportAndOnlyThatPagesReport() {
        save("101", "carol", page("m-1", "alice", "", "<p>Status</p>") + page("m-2", "bob", "", "<p>Other</p>"));
        save("202", "carol", page("m-1", "alice", "", "<p>Status</p>"));

        List<Outcome> outcomes = save("101", "carol", page("m-2", "bob", "", "<p>Other</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactlyInAnyOrder(Change.UNCHANGED, Change.WITHDRAWN);
        assertThat(report("101", "m-1").closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN);
        assertThat(report("101", "m-2").isOpen()).isTrue();
        assertThat(report("202", "m-1").isOpen()).isTrue();
    }

    @Test
    void aBadParameterIsRefusedByNameAndStoresNothing() {
        assertRefused(page("m-1", "nobody-here", "", "<p>x</p>"), "reviewers", ErrorCode.UNKNOWN_USER);
        assertRefused(page("m-1", " , ", "", "<p>x</p>"), "reviewers", ErrorCode.REQUIRED);
        assertRefused(page("m-1", "carol", "", "<p>x</p>"), "reviewers", ErrorCode.INVALID_REVIEWER);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"feedback-hours\">-3</ac:parameter>", "<p>x</p>"),
                "feedback-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"feedback-hours\">99999999</ac:parameter>", "<p>x</p>"),
                "feedback-hours", ErrorCode.OUT_OF_RANGE);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"attendees\">0</ac:parameter>", "<p>x</p>"),
                "attendees", ErrorCode.OUT_OF_RANGE);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"series\">daily</ac:parameter>", "<p>x</p>"),
                "series", ErrorCode.UNSUPPORTED_VALUE);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"replaces-meeting\">Stand\u0007up</ac:parameter>",
                "<p>x</p>"), "replaces-meeting", ErrorCode.CONTROL_CHARACTER);
        assertRefused(page("m-1", "alice", "", "<p>bad \u0000 text</p>"), "body", ErrorCode.CONTROL_CHARACTER);
        assertRefused(page("m-1", "alice", "", "<p> </p>"), "body", ErrorCode.REQUIRED);
        assertRefused(page("m-1", "alice", "<ac:parameter ac:name=\"optional-reviewers\">alice</ac:parameter>", "<p>x</p>"),
                "optional-reviewers", ErrorCode.INVALID_REVIEWER);
    }

    @Test
    void aReviewerWhoCannotSeeThePageIsRefused() {
        f.host.restricted.put("101", java.util.Set.of("carol", "alice"));

        assertRefused(page("m-1", "alice, bob", "", "<p>x</p>"), "reviewers", ErrorCode.RECIPIENT_CANNOT_VIEW);
    }

    @Test
    void aBadEditKeepsTheReportAsItWasAndDoesNotWithdrawIt() {
        save("101", "carol", page("m-1", "alice", "", "<p>Status</p>"));

        List<Outcome> outcomes = save("101", "carol", page("m-1", "ghost", "", "<p>Changed</p>"));

        assertThat(outcomes).extracting(Outcome::change).containsExactly(Change.REFUSED);
        assertThat(report("101", "m-1").body()).isEqualTo("Status");
        assertThat(report("101", "m-1").isOpen()).isTrue();
    }

    @Test
    void theMacroSaysWhichParameterIsWrongBeforeAnythingIsSaved() {
        assertThat(f.as("alice").pageReports().problem("101", Map.of("reviewers", "alice", "feedback-hours", "abc")))
                .hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("feedback-hours"));
        assertThat(f.as("alice").pageReports().problem("101", Map.of("reviewers", "alice"))).isEmpty();
    }

    @Test
    void feedbackHoursAreWorkingHoursInEachReviewersCalendar() {
        f.clock.set(Instant.parse("2026-03-02T16:00:00Z")); // an hour before the end of the working day
        save("101", "carol", page("m-1", "alice", "<ac:parameter ac:name=\"feedback-hours\">2</ac:parameter>", "<p>x</p>"));

        assertThat(report("101", "m-1").reviewer("alice").orElseThrow().dueAt())
                .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    }

    private static final String WEEKLY = "<ac:parameter ac:name=\"series\">weekly</ac:parameter>";

    private java.util.Optional<works.async.core.report.ReportSeries> series(String pageId, String macroId) {
        return f.app.context().getBean(works.async.plugin.report.MeetingReportStore.class)
                .findSeries(PageMacroIds.series(pageId, macroId));
    }

    @Test
    void aWeeklyMacroStartsASeriesAndNewTextOnTheNextDateIsTheNextReportWhileTheEarlierKeepsItsFeedback() {
        List<Outcome> started = save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Week 10</p>"));

        assertThat(started).singleElement().satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.CREATED);
            assertThat(o.series()).isEqualTo(PageSeries.Change.STARTED);
        });
        assertThat(series("101", "m-1")).hasValueSatisfying(s -> {
            assertThat(s.author()).isEqualTo("carol");
            assertThat(s.item()).isEqualTo(works.async.core.ItemRef.page("TEAM", "101"));
            assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
        });
        assertThat(save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Week 10, amended</p>")))
                .extracting(Outcome::change).containsExactly(Change.UPDATED);
        f.as("alice").reports().feedback(PageMacroIds.report("101", "m-1"), FeedbackKind.ACKNOWLEDGE, null);

        f.clock.set(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Week 10, amended</p>")))
                .extracting(Outcome::change).containsExactly(Change.UNCHANGED);
        List<Outcome> next = save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Week 11</p>"));

        String second = PageMacroIds.report("101", "m-1", 1);
        assertThat(next).singleElement().satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.CREATED);
            assertThat(o.series()).isEqualTo(PageSeries.Change.NEXT_REPORT);
            assertThat(o.reportId()).isEqualTo(second);
        });
        MeetingReport newest = f.as("admin").reports().get(second);
        assertThat(newest.body()).isEqualTo("Week 11");
        assertThat(newest.feedback()).isEmpty();
        assertThat(newest.publishedAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        MeetingReport earlier = report("101", "m-1");
        assertThat(earlier.body()).isEqualTo("Week 10, amended");
        assertThat(earlier.feedback()).extracting(fb -> fb.reviewer()).containsExactly("alice");
        assertThat(series("101", "m-1")).hasValueSatisfying(
                s -> assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 3, 16)));
        assertThat(f.as("alice").pageReports().current("101", "m-1").reportId()).isEqualTo(second);

        // Edited again the same week: the newest report is revised, and no other is made.
        assertThat(save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Week 11, amended</p>")))
                .extracting(Outcome::reportId, Outcome::change).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second, Change.UPDATED));
        assertThat(f.as("admin").reports().get(second).body()).isEqualTo("Week 11, amended");
        assertThat(report("101", "m-1").body()).isEqualTo("Week 10, amended");
    }

    @Test
    void changingTheSeriesRetimesItNoneEndsItAndRemovingTheMacroEndsItAndWithdrawsItsReports() {
        save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Status</p>"));

        assertThat(save("101", "carol", page("m-1", "alice", "<ac:parameter ac:name=\"series\">Monthly</ac:parameter>",
                "<p>Status</p>"))).extracting(Outcome::series).containsExactly(PageSeries.Change.RETIMED);
        assertThat(series("101", "m-1")).hasValueSatisfying(
                s -> assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 4, 2)));

        assertThat(save("101", "carol", page("m-1", "alice", "<ac:parameter ac:name=\"series\">none</ac:parameter>",
                "<p>Status</p>"))).extracting(Outcome::series).containsExactly(PageSeries.Change.ENDED);
        assertThat(series("101", "m-1")).isEmpty();
        assertThat(report("101", "m-1").isOpen()).isTrue();

        f.clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        assertThat(save("101", "carol", page("m-1", "alice", WEEKLY, "<p>Status</p>")))
                .extracting(Outcome::series).containsExactly(PageSeries.Change.STARTED);
        assertThat(series("101", "m-1")).hasValueSatisfying(
                s -> assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 3, 10)));

        assertThat(save("101", "carol", "<p>No report any more.</p>")).extracting(Outcome::change)
                .containsExactly(Change.WITHDRAWN);
        assertThat(series("101", "m-1")).isEmpty();
        assertThat(report("101", "m-1").closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN);
    }

    @Test
    void theMacroShowsItsSeriesCadenceAndNextDateInTheViewersZoneAndNothingWithoutASeries() {
        f.host.user("erin", "Asia/Tokyo");
        save("101", "carol", page("m-1", "alice, erin", WEEKLY, "<p>Status</p>") + page("m-2", "alice", "", "<p>Other</p>"));
        PageMacroScreens screens = f.app.context().getBean(PageMacroScreens.class);

        f.host.signIn("erin");
        works.async.plugin.web.macro.ReportView shown = (works.async.plugin.web.macro.ReportView) screens
                .report("101", "m-1", Map.of("reviewers", "alice, erin", "series", "weekly")).rendering().context()
                .get("report");

        assertThat(shown.hasSeries()).isTrue();
        assertThat(shown.seriesText()).isEqualTo("Weekly report. The next one is due");
        // Carol's working day starts on Monday 9 March at 09:00 UTC: 18:00 in Tokyo.
        assertThat(shown.seriesNext().iso()).isEqualTo("2026-03-09T09:00:00Z");
        assertThat(shown.seriesNext().viewerText()).contains("9 Mar", "18:00");
        works.async.plugin.web.macro.ReportView plain = (works.async.plugin.web.macro.ReportView) screens
                .report("101", "m-2", Map.of("reviewers", "alice")).rendering().context().get("report");
        assertThat(plain.hasSeries()).isFalse();
    }

    private void assertRefused(String storage, String parameter, ErrorCode code) {
        List<Outcome> outcomes = save("101", "carol", storage);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.REFUSED);
            assertThat(o.parameter()).isEqualTo(parameter);
            assertThat(o.refusal().code()).isEqualTo(code);
        });
        assertThat(f.app.context().getBean(works.async.plugin.report.MeetingReportStore.class)
                .findById(PageMacroIds.report("101", "m-1"))).isEmpty();
    }
}
