package works.async.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.sandbox.ui.UiFixtures.HOSTILE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import works.async.core.policy.PolicyScope;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Screens;
import works.async.plugin.web.admin.PolicyFormAssembler;
import works.async.core.insight.TeamInsights;
import works.async.plugin.web.insight.InsightsAssembler;
import works.async.plugin.web.macro.AgreementAssembler;
import works.async.plugin.web.macro.PageAssembler;
import works.async.plugin.web.macro.ReportAssembler;
import works.async.plugin.web.outbox.OutboxAssembler;
import works.async.plugin.web.panel.IssuePanelAssembler;
import works.async.plugin.web.settings.SettingsAssembler;
import works.async.sandbox.velocity.VelocityAllowlist;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * Every shared template rendered as the products render it (Velocity 1.7, every reference HTML-escaped unless
 * HTML-safe, only allowlisted methods callable, the allowlist read from both plugin descriptors), with realistic
 * view models whose every user-text field holds markup: it must come out as text, never as markup.
 */
class TemplateRenderingTest {

    private final VelocityTemplateRenderer renderer =
            new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), UiFixtures.I18N);

    @Test
    void issuePanelForTheOwnerOffersConfirmAndDeclineAndShowsBothLocalTimes() {
        String html = render(Screens.ISSUE_PANEL, "panel", IssuePanelAssembler.assemble("DEMO-1",
                Optional.of(UiFixtures.ownershipRequested()),
                List.of(UiFixtures.replyOpen("r-1", "alice", "bob", UiFixtures.ISSUE),
                        UiFixtures.replyRenegotiatedAutomatic(), UiFixtures.replyAnswered()),
                List.of(UiFixtures.reportSummary()), Duration.ofHours(16), false, true, "/reports/{id}",
                UiFixtures.screen("bob")));

        assertInert(html);
        assertThat(html).contains("data-action=\"confirm\"", "data-action=\"show-decline\"", "data-action=\"answer\"",
                "data-action=\"show-renegotiate\"", "aui-lozenge", "16 working hours (policy default)",
                "/ctx/reports/rep-1", "Opened automatically from an @mention", "Originally due");
    }

    @Test
    void issuePanelForACoordinatorOffersConfirmOnBehalfAndForTheAskerWithdraw() {
        String html = render(Screens.ISSUE_PANEL, "panel", IssuePanelAssembler.assemble("DEMO-1",
                Optional.of(UiFixtures.ownershipRequested()),
                List.of(UiFixtures.replyOpen("r-1", "alice", "bob", UiFixtures.ISSUE)), List.of(), Duration.ofHours(8),
                true, true, "/reports/{id}", UiFixtures.screen("alice")));

        assertInert(html);
        assertThat(html).contains("data-on-behalf-of=\"bob\"", "data-action=\"withdraw\"",
                        "Tue 10 Mar 11:00 (your time, Europe/Berlin) · Tue 10 Mar 06:00 (Bob &lt;script&gt;",
                        "&#39;s time, America/New_York)")
                .doesNotContain("data-action=\"show-decline\"", "data-action=\"answer\"");
    }

    @Test
    void issuePanelShowsADeclineReasonAsText() {
        String html = render(Screens.ISSUE_PANEL, "panel", IssuePanelAssembler.assemble("DEMO-1",
                Optional.of(UiFixtures.ownershipDeclined()), List.of(), List.of(), Duration.ofHours(8), false, true,
                "/reports/{id}", UiFixtures.screen("alice")));

        assertInert(html);
        assertThat(html).contains("async-work-reason", "aui-lozenge-error");
    }

    @Test
    void issuePanelWithoutAViewModelPrintsNothing() {
        assertThat(renderer.renderToString(Screens.ISSUE_PANEL, Map.of()).trim()).isEmpty();
    }

    @Test
    void reportMacroListsReviewersWithTheirDeadlinesAndTakesFeedbackFromAReviewer() {
        String html = render(Screens.REPORT, "report", ReportAssembler.assemble(UiFixtures.report(false),
                UiFixtures.screen("bob")));

        assertInert(html);
        assertThat(html).contains("ACKNOWLEDGE", "QUESTION", "OBJECTION", "COMMENT", "async-work-feedback-form",
                "aui-lozenge-error", "person-hours returned", "second line");
    }

    @Test
    void closedReportShowsItsOutcomeAndNoForm() {
        String html = render(Screens.REPORT, "report", ReportAssembler.assemble(UiFixtures.report(true),
                UiFixtures.screen("bob")));

        assertInert(html);
        assertThat(html).contains("Outcome: 0 acknowledgements, 1 open question, 1 objection")
                .doesNotContain("async-work-feedback-form");
    }

    @Test
    void actionItemShowsItsConfirmedOwner() {
        String html = render(Screens.ACTION_ITEM, "item", PageAssembler.actionItem("1001", HOSTILE,
                Optional.of(UiFixtures.ownershipConfirmedOnBehalf()), false, UiFixtures.screen("alice")));

        assertInert(html);
        assertThat(html).contains("Confirmed", "Committed to Fri 20 Mar 2026", "on behalf of Bob");
    }

    @Test
    void actionItemOffersItsOwnerConfirmAndDeclineAndOthersOnlyTheState() {
        String owner = render(Screens.ACTION_ITEM, "item", PageAssembler.actionItem("1001-action-x", HOSTILE,
                Optional.of(UiFixtures.ownershipRequested()), false, UiFixtures.screen("bob")));
        String other = render(Screens.ACTION_ITEM, "item", PageAssembler.actionItem("1001-action-x", HOSTILE,
                Optional.of(UiFixtures.ownershipRequested()), false, UiFixtures.screen("alice")));

        assertInert(owner);
        assertThat(owner).contains("async-work-confirm-form", "async-work-decline-form", "name=\"committedDate\"",
                "name=\"reason\"", "id=\"async-work-committed-date-1001-action-x\"");
        assertThat(other).doesNotContain("async-work-confirm-form").doesNotContain("async-work-decline-form");
    }

    @Test
    void workingAgreementSaysThePolicyInPlainWords() {
        String html = render(Screens.WORKING_AGREEMENT, "agreement", AgreementAssembler.assemble(
                UiFixtures.effective(PolicyScope.confluenceSpace("TEAM"), UiFixtures.policyWithHostileText()),
                new works.async.plugin.web.Texts(UiFixtures.I18N)));

        assertInert(html);
        assertThat(html).contains("within 16 working hours", "Issues of priority High: a reply within 4 working hours",
                "Mon–Fri 09:00–17:00", "Working agreement of space TEAM");
    }

    @Test
    void openQuestionsAndBannerShowWhatThePageWaitsFor() {
        Screen bob = UiFixtures.screen("bob");
        String questions = render(Screens.OPEN_QUESTIONS, "questions", PageAssembler.questions("1001",
                List.of(UiFixtures.replyOpen("r-9", "alice", "bob", UiFixtures.PAGE)), java.time.Duration.ofHours(16), bob));
        String banner = render(Screens.PAGE_BANNER, "banner", PageAssembler.banner(
                List.of(UiFixtures.replyOpen("r-9", "alice", "bob", UiFixtures.PAGE)), Optional.empty(),
                List.of(UiFixtures.report(false)), bob));

        assertInert(questions);
        assertInert(banner);
        // Bob, asked, answers in place or proposes a new time; anyone may ask a question on the page.
        assertThat(questions).contains("id=\"async-work-reply-r-9\"", "data-action=\"answer-in-place\"",
                "name=\"text\"", "data-action=\"show-renegotiate\"", "data-action=\"ask\"", "name=\"recipient\"",
                "<option value=\"960\" selected>16 working hours (policy default)</option>");
        assertThat(banner).contains("aui-message-warning", "href=\"#async-work-reply-r-9\"")
                .as("bob already gave feedback on the report, so it does not wait for him")
                .doesNotContain("#async-work-report-rep-1");
    }

    @Test
    void bannerIsEmptyWhenNothingIsOwed() {
        String banner = render(Screens.PAGE_BANNER, "banner", PageAssembler.banner(List.of(), Optional.empty(),
                List.of(), UiFixtures.screen("admin")));

        assertThat(banner.trim()).isEmpty();
    }

    @Test
    void personalSettingsShowEachDaysIntervalsAndTheProfileZone() {
        String html = render(Screens.SETTINGS, "settings", SettingsAssembler.assemble(UiFixtures.schedule(),
                WeeklyPattern.mondayToFriday("09:00", "17:00"), "/secure/ViewProfile.jspa", UiFixtures.screen("alice")));

        assertInert(html);
        assertThat(html).contains("Europe/Berlin", "data-day=\"MONDAY\"", "value=\"08:00\"", "value=\"16:00\"",
                "2026-12-24", "value=\"2026-04-01T02:00\"");
        // The zone is read-only here, with the way to where it is changed: the host's profile page.
        assertThat(html).containsPattern("<input[^>]*id=\"async-work-zone\"[^>]*value=\"Europe/Berlin\"[^>]*readonly")
                .contains("href=\"/ctx/secure/ViewProfile.jspa\"");
    }

    @Test
    void policyFormHasAnErrorSlotNextToEveryField() {
        String html = render(Screens.POLICY, "policy", PolicyFormAssembler.assemble(PolicyScope.jiraProject("DEMO"),
                UiFixtures.policyWithHostileText(), UiFixtures.effective(PolicyScope.jiraProject("DEMO"),
                        UiFixtures.policyWithHostileText()), true, UiFixtures.screen("admin")));

        assertInert(html);
        assertThat(html).contains("data-error-for=\"reply.defaultWindow\"", "data-error-for=\"reply.windowsByPriority\"",
                "data-error-for=\"calendar.defaultPattern\"", "MONDAY 09:00-17:00", "value=\"75\"", "Inherit");
    }

    @Test
    void insightsDrawTeamChartsWithoutNames() {
        String html = render(Screens.INSIGHTS, "insights", InsightsAssembler.assemble("Project DEMO, last 2 weeks",
                UiFixtures.insights(), new works.async.plugin.web.Texts(UiFixtures.I18N)));

        assertThat(html).contains("<svg", "<rect", "80%", "75%", "6 person-hours").doesNotContain("Alice", "Bob");
    }

    @Test
    void insightsOfTooFewPeopleSayWhyTheFiguresAreWithheld() {
        TeamInsights few = new TeamInsights("DEMO", 2, new TeamInsights.Kept(0, 0), null, null, null, null,
                new java.math.BigDecimal("6.00"), List.of(
                        new TeamInsights.Week(java.time.LocalDate.of(2026, 3, 2), null, null, new java.math.BigDecimal("6.00"))),
                5, java.util.Set.of(TeamInsights.Withheld.REPLIES, TeamInsights.Withheld.DEADLINES));

        String html = render(Screens.INSIGHTS, "insights", InsightsAssembler.assemble("Project DEMO, last 2 weeks",
                few, new works.async.plugin.web.Texts(UiFixtures.I18N)));

        assertThat(html).contains("Fewer than 5 people answered reply requests in these weeks",
                "Fewer than 5 people had requests fall due in these weeks", "Withheld", "6 person-hours");
        assertThat(html).doesNotContain("%</div>");
    }

    @Test
    void outboxShowsDeliveryInTheRecipientsWorkingTime() {
        String html = render(Screens.OUTBOX, "outbox", OutboxAssembler.assemble(UiFixtures.pending(),
                List.of(), UiFixtures.screen("admin"), UiFixtures::itemTitle));

        assertInert(html);
        assertThat(html).contains("&#39;s time, Europe/Berlin)", "(your time, ", "Escalation level 1 about a reply",
                "Urgent");
    }

    @Test
    void outboxShowsFailingAndParkedNotificationsWithTheirErrorItemAndARetryButton() {
        String html = render(Screens.OUTBOX, "outbox", OutboxAssembler.assemble(UiFixtures.pending(),
                List.of(), UiFixtures.screen("admin"), UiFixtures::itemTitle));

        assertInert(html);
        assertThat(html).contains("Parked after 8 failed attempts", "550 &lt;bob@example.com&gt; refused",
                "Failed 2 times, trying again", "The mail system gave no reason.", "DEMO-1: Checkout", "Page 42",
                "Waiting", "data-outbox-id=\"3\"", "data-rest-base=\"/ctx/rest/async-work/1.0\"");
        // Only the failing and the parked row can be retried.
        assertThat(html.split("data-action=\"retry\"", -1)).hasSize(3);
    }

    @Test
    void outboxListsTheRequestsThePassCouldNotPlanWithTheirProblemAndNextTry() {
        String without = render(Screens.OUTBOX, "outbox", OutboxAssembler.assemble(UiFixtures.pending(),
                List.of(), UiFixtures.screen("admin"), UiFixtures::itemTitle));
        String html = render(Screens.OUTBOX, "outbox", OutboxAssembler.assemble(UiFixtures.pending(),
                UiFixtures.attention(), UiFixtures.screen("admin"), UiFixtures::itemTitle));

        assertThat(without).doesNotContain("Needs attention");
        assertInert(html);
        assertThat(html).contains("Needs attention", "The calendar has no working time &lt;script&gt;", "DEMO-1: Checkout",
                "<td>reply</td>", "<td>report feedback</td>", "(no longer there)", "Failed 2 times; next try");
    }

    private String render(String template, String name, Object view) {
        return renderer.renderToString(template, Map.of(name, view));
    }

    /** User text is printed as text: no element or attribute it contains survives. */
    private static void assertInert(String html) {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:", "onerror=alert(1)>",
                "<a href=\"javascript");
        if (html.contains("alert(")) {
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
    }
}
