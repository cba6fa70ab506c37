package works.async.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.sandbox.ui.UiFixtures.HOSTILE;
import static works.async.sandbox.ui.UiFixtures.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.Reviewer;
import works.async.core.report.ReviewerRole;
import works.async.plugin.spi.HostItem;
import works.async.plugin.waiting.WaitingForMe;
import works.async.plugin.web.Screens;
import works.async.plugin.web.waiting.WaitingAssembler;
import works.async.plugin.web.waiting.WaitingLinks;
import works.async.sandbox.velocity.VelocityAllowlist;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * The "waiting for me" page rendered as the products render it: each thing with its due time on the viewer's clock,
 * saying it is theirs, a link to where it is answered, the viewer's own figures, and user text printed as text.
 */
class WaitingRenderingTest {

    private static final ItemRef PROJECT = ItemRef.projectPage("DEMO");

    private final VelocityTemplateRenderer renderer =
            new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), UiFixtures.I18N);

    @Test
    void everythingWaitingForBobIsListedWithItsDueTimeInHisTimeAndALinkToWhereItIsAnswered() {
        WaitingForMe.Waiting waiting = new WaitingForMe.Waiting("bob",
                List.of(owed(UiFixtures.replyOpen("r-1", "alice", "bob", UiFixtures.ISSUE), UiFixtures.ISSUE)),
                List.of(owed(overdueOwnership(), UiFixtures.PAGE)),
                List.of(owed(report("rep-page", UiFixtures.PAGE, ReviewerRole.REQUIRED), UiFixtures.PAGE),
                        owed(report("rep-project", PROJECT, ReviewerRole.OPTIONAL), PROJECT)),
                List.of(new WaitingForMe.Agreement(ContainerKind.JIRA_PROJECT, "DEMO", "Demo project"),
                        new WaitingForMe.Agreement(ContainerKind.CONFLUENCE_SPACE, "TEAM", "TEAM")),
                figures(new TeamInsights.Kept(4, 3), 90L));

        String html = render(waiting);

        assertInert(html);
        assertThat(html).contains("Replies you owe (1)", "Ownership to confirm (1)",
                "Reports awaiting your feedback (2)", "Working agreements to acknowledge (2)",
                // Bob lives in New York: the reply is due Wed 11 Mar 10:00 UTC, 06:00 on his clock.
                "Due Wed 11 Mar 06:00 (your time, America/New_York)", "datetime=\"2026-03-11T10:00:00Z\"",
                "href=\"/ctx/browse/DEMO-1\"", "DEMO-1 Title of DEMO-1",
                "href=\"/ctx/spaces/TEAM/pages/1001\"", "Overdue",
                "(you are a required reviewer)", "(you are an optional reviewer)",
                "href=\"/ctx/secure/async-work/report/rep-project\"",
                "href=\"/ctx/secure/async-work/project/DEMO\"", "Working agreement of project Demo project",
                "href=\"/ctx/spaces/TEAM\"", "No due time",
                "My replies within their window", "75%", "3 of 4 answered within their window", "1.5 working hours",
                "Only you can see them");
        // Only the overdue ownership request carries the lozenge.
        assertThat(html.split("aui-lozenge-error", -1)).hasSize(2);
    }

    @Test
    void aPersonWithNothingWaitingIsToldSoSectionBySectionAndTheirFiguresSayNoData() {
        String html = render(new WaitingForMe.Waiting("bob", List.of(), List.of(), List.of(), List.of(),
                figures(new TeamInsights.Kept(0, 0), null)));

        assertThat(html).contains("No reply is waiting for you.", "No ownership is waiting for your confirmation.",
                "No report is waiting for your feedback.", "Replies you owe (0)", "No data",
                "Nothing answered in these weeks yet.").doesNotContain("async-work-waiting-entry");
    }

    private String render(WaitingForMe.Waiting waiting) {
        return renderer.renderToString(Screens.WAITING, Map.of("waiting", WaitingAssembler.assemble(waiting,
                new WaitingLinks("/browse/{key}", "/spaces/{space}/pages/{id}", "/secure/async-work/project/{key}",
                        "/spaces/{key}"), "/secure/async-work/report/{id}", UiFixtures.screen("bob"))));
    }

    private static <T> WaitingForMe.Owed<T> owed(T request, ItemRef ref) {
        String title = ref.namesProjectPage() ? "Demo project" : "Title of " + ref.itemKey();
        return new WaitingForMe.Owed<>(request, new HostItem(ref, title, null, null, null, null, null, false));
    }

    private static OwnershipRequest overdueOwnership() {
        return OwnershipRequest.requested("own-9", UiFixtures.PAGE, "bob", "alice", Duration.ofHours(8),
                NOW.minusSeconds(86_400), NOW.minusSeconds(3600));
    }

    private static MeetingReport report(String id, ItemRef item, ReviewerRole role) {
        List<Reviewer> reviewers = role == ReviewerRole.REQUIRED
                ? List.of(Reviewer.of("bob", role, NOW.plusSeconds(86_400)))
                : List.of(Reviewer.of("carol", ReviewerRole.REQUIRED, NOW.plusSeconds(86_400)),
                Reviewer.of("bob", role, NOW.plusSeconds(90_000)));
        return new MeetingReport(id, item, HOSTILE, "Body", ReplacedMeeting.of("Weekly", 30, 5), "alice", reviewers,
                Duration.ofHours(16), NOW.minusSeconds(3600), MeetingReport.ReportState.OPEN, null, null, List.of(), 1);
    }

    private static TeamInsights figures(TeamInsights.Kept replies, Long medianReply) {
        return new TeamInsights("bob", 8, new TeamInsights.Kept(0, 0), replies, null, medianReply, 0, BigDecimal.ZERO,
                List.of(), 1, Set.of());
    }

    private static void assertInert(String html) {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:", "onerror=alert(1)>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
}
