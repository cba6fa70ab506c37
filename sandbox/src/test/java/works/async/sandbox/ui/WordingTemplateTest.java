package works.async.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.sandbox.ui.UiFixtures.ISSUE;
import static works.async.sandbox.ui.UiFixtures.NOW;
import static works.async.sandbox.ui.UiFixtures.PAGE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.plugin.web.Screens;
import works.async.plugin.web.Texts;
import works.async.plugin.web.insight.InsightsAssembler;
import works.async.plugin.web.macro.PageAssembler;
import works.async.plugin.web.macro.ReportAssembler;
import works.async.plugin.web.panel.IssuePanelAssembler;
import works.async.sandbox.velocity.VelocityAllowlist;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * The words and states the shared screens use, rendered as the products render them: what closed a request, what a
 * renegotiated time is, what a reviewer did, whose clock a time is on, and what the team figures count.
 */
class WordingTemplateTest {

    private final VelocityTemplateRenderer renderer =
            new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), UiFixtures.I18N);

    @Test
    void aRequestClosedBecauseItsIssueWasResolvedSaysSoAndAnOlderRowStillReadsWithdrawn() {
        String resolved = panel(Optional.of(withdrawn("own-r", OwnershipRequest.ITEM_RESOLVED)), List.of(), "alice");
        String old = panel(Optional.of(withdrawn("own-o", null)), List.of(), "alice");

        assertThat(resolved).contains("Closed: issue resolved", "the issue was resolved before the owner answered",
                "(your time, Europe/Berlin)").doesNotContain(">Withdrawn<");
        assertThat(old).contains(">Withdrawn<").doesNotContain("Closed: issue resolved");
    }

    @Test
    void afterReassigningTheEarlierDeclineStaysVisibleWithItsReason() {
        OwnershipRequest declined = new OwnershipRequest("own-d", ISSUE, "bob", "alice", Duration.ofHours(8),
                NOW.minusSeconds(7200), NOW.plusSeconds(3600), OwnershipState.DECLINED, null, "I am on leave next week",
                "bob", false, NOW.minusSeconds(3600), null, false, 0, 2);
        OwnershipRequest reassigned = OwnershipRequest.requested("own-c", ISSUE, "carol", "alice", Duration.ofHours(8),
                NOW.minusSeconds(600), NOW.plusSeconds(86_400));

        String html = panel(Optional.of(reassigned), List.of(declined), "alice");

        assertThat(html).contains("Awaiting confirmation", "async-work-ownership-history", "data-state=\"DECLINED\"",
                "Declined", "I am on leave next week", "Declined by Bob");
        // The earlier request offers no buttons: only the current one is acted on.
        assertThat(html.substring(html.indexOf("async-work-ownership-history"))).doesNotContain("data-action=\"confirm\"");
    }

    @Test
    void aRenegotiatedTimeReadsAsTheRecipientsProposalNotAsAgreed() {
        String html = renderer.renderToString(Screens.ISSUE_PANEL, Map.of("panel", IssuePanelAssembler.assemble(
                "DEMO-1", Optional.empty(), List.of(UiFixtures.replyRenegotiatedAutomatic()), List.of(),
                Duration.ofHours(16), false, true, "/reports/{id}", UiFixtures.screen("alice"))));

        assertThat(html).contains("New time proposed", "Proposed by Bob", "Originally due")
                .doesNotContain("agreed");
    }

    @Test
    void feedbackLozengesSayWhatTheReviewerDidWhileTheFormOffersWhatOneCanDo() {
        String html = renderer.renderToString(Screens.REPORT, Map.of("report",
                ReportAssembler.assemble(UiFixtures.report(false), UiFixtures.screen("bob"))));

        assertThat(html).contains(">Asked a question<", ">Objected<", ">Acknowledge</label>", ">Object</label>")
                .doesNotContain(">Question</span>", ">Object</span>");
        // The feedback's time says whose clock it is on.
        assertThat(html).contains("(your time, America/New_York)");
    }

    @Test
    void anOptionalReviewerKeepsTheFormUntilTheirDeadlineAfterTheRequiredOnesAllResponded() {
        MeetingReport closed = closedByRequired(NOW.plusSeconds(7200));

        String optional = renderer.renderToString(Screens.REPORT, Map.of("report",
                ReportAssembler.assemble(closed, UiFixtures.screen("carol"))));
        String required = renderer.renderToString(Screens.REPORT, Map.of("report",
                ReportAssembler.assemble(closed, UiFixtures.screen("bob"))));
        String late = renderer.renderToString(Screens.REPORT, Map.of("report",
                ReportAssembler.assemble(closedByRequired(NOW.minusSeconds(60)), UiFixtures.screen("carol"))));

        assertThat(optional).contains("async-work-feedback-form", "as an optional reviewer you can still give feedback",
                "(your time, Pacific/Auckland)");
        assertThat(required).doesNotContain("async-work-feedback-form");
        assertThat(late).doesNotContain("async-work-feedback-form");
        String banner = renderer.renderToString(Screens.PAGE_BANNER, Map.of("banner", PageAssembler.banner(List.of(),
                Optional.empty(), List.of(closed), UiFixtures.screen("carol"))));
        assertThat(banner).as("the banner still asks the optional reviewer").contains("#async-work-report-rep-9");
    }

    @Test
    void confirmationsAreConfirmedAndAMedianBelowAnHourIsInMinutes() {
        TeamInsights insights = new TeamInsights("DEMO", 2, new TeamInsights.Kept(10, 8), new TeamInsights.Kept(4, 3),
                20L, 90L, 1, new BigDecimal("6.00"), List.of(
                        new TeamInsights.Week(LocalDate.of(2026, 3, 2), 5, 1, new BigDecimal("4.00")),
                        new TeamInsights.Week(LocalDate.of(2026, 3, 9), 4, 0, new BigDecimal("2.00"))));

        String html = renderer.renderToString(Screens.INSIGHTS, Map.of("insights",
                InsightsAssembler.assemble("Project DEMO, last 2 weeks", insights, new Texts(UiFixtures.I18N))));

        assertThat(html).contains("8 of 10 confirmed (or declined) within their window",
                "3 of 4 answered within their window", "20 working minutes", "1.5 working hours")
                .doesNotContain("8 of 10 answered", "0.3 working hours");
    }

    private String panel(Optional<OwnershipRequest> current, List<OwnershipRequest> earlier, String viewer) {
        return renderer.renderToString(Screens.ISSUE_PANEL, Map.of("panel", IssuePanelAssembler.assemble("DEMO-1",
                current, earlier, List.of(), List.of(), Duration.ofHours(8), false, true, "/reports/{id}",
                UiFixtures.screen(viewer))));
    }

    private static OwnershipRequest withdrawn(String id, String reason) {
        return new OwnershipRequest(id, ISSUE, "bob", "alice", Duration.ofHours(8), NOW.minusSeconds(7200),
                NOW.plusSeconds(3600), OwnershipState.WITHDRAWN, null, null, null, false, null, NOW.minusSeconds(60),
                reason, false, 0, 2);
    }

    /** Bob (required) responded, so it closed; Carol (optional) has until {@code carolDue}. */
    private static MeetingReport closedByRequired(java.time.Instant carolDue) {
        return new MeetingReport("rep-9", PAGE, "Weekly", "Body", ReplacedMeeting.of("Weekly", 30, 8), "alice",
                List.of(Reviewer.of("bob", ReviewerRole.REQUIRED, NOW.plusSeconds(3600)),
                        Reviewer.of("carol", ReviewerRole.OPTIONAL, carolDue)),
                Duration.ofHours(16), NOW.minusSeconds(3600), MeetingReport.ReportState.CLOSED, NOW.minusSeconds(60),
                MeetingReport.CloseReason.ALL_REQUIRED_RESPONDED,
                List.of(Feedback.of("f-9", "bob", FeedbackKind.ACKNOWLEDGE, null, NOW.minusSeconds(60))), 3);
    }
}
