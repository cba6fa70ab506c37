package works.async.sandbox.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import works.async.core.policy.PolicyScope;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Screens;
import works.async.plugin.web.Texts;
import works.async.plugin.web.admin.PolicyFormAssembler;
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
 * Static preview pages of every shared screen (rendered by the sandbox renderer from the fixtures, styled with AUI
 * and the plugin's stylesheet), for looking at the screens in a browser without a running host.
 */
public final class UiPreview {

    private UiPreview() {
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), UiFixtures.I18N);
        Screen alice = UiFixtures.screen("alice");
        Screen bob = UiFixtures.screen("bob");
        Screen admin = UiFixtures.screen("admin");
        Texts texts = new Texts(UiFixtures.I18N);

        String panel = renderer.renderToString(Screens.ISSUE_PANEL, Map.of("panel", IssuePanelAssembler.assemble("DEMO-1",
                Optional.of(UiFixtures.ownershipRequested()),
                List.of(UiFixtures.replyOpen("r-1", "alice", "bob", UiFixtures.ISSUE), UiFixtures.replyRenegotiatedAutomatic(),
                        UiFixtures.replyAnswered()),
                List.of(UiFixtures.reportSummary()), Duration.ofHours(16), false, true, "/reports/{id}", bob)));
        write(dir, "issue-panel", "Issue DEMO-1", "<div class=\"preview-issue\"><div class=\"preview-main\"><h1>DEMO-1"
                + " Ship the sign-up flow</h1><p>Description of the issue.</p></div><div class=\"preview-side\">" + panel
                + "</div></div>");

        write(dir, "report", "Weekly update", renderer.renderToString(Screens.REPORT,
                Map.of("report", ReportAssembler.assemble(UiFixtures.report(false), bob))));

        String banner = renderer.renderToString(Screens.PAGE_BANNER, Map.of("banner", PageAssembler.banner(
                List.of(UiFixtures.replyOpen("r-9", "alice", "bob", UiFixtures.PAGE)),
                Optional.of(UiFixtures.ownershipRequested()), List.of(), bob)));
        String item = renderer.renderToString(Screens.ACTION_ITEM, Map.of("item", PageAssembler.actionItem("1001-x",
                UiFixtures.HOSTILE, Optional.of(UiFixtures.ownershipConfirmedOnBehalf()), false, bob)));
        String agreement = renderer.renderToString(Screens.WORKING_AGREEMENT, Map.of("agreement", AgreementAssembler.assemble(
                UiFixtures.effective(PolicyScope.confluenceSpace("TEAM"), UiFixtures.policyWithHostileText()), texts)));
        String questions = renderer.renderToString(Screens.OPEN_QUESTIONS, Map.of("questions", PageAssembler.questions("1001",
                List.of(UiFixtures.replyOpen("r-9", "alice", "bob", UiFixtures.PAGE)), java.time.Duration.ofHours(16), bob)));
        write(dir, "page-macros", "Launch plan", banner + "<h1>Launch plan</h1>" + item + agreement + questions);

        write(dir, "settings", "Settings", renderer.renderToString(Screens.SETTINGS, Map.of("settings",
                SettingsAssembler.assemble(UiFixtures.schedule(), WeeklyPattern.mondayToFriday("09:00", "17:00"),
                        "/secure/ViewProfile.jspa", alice))));
        write(dir, "policy", "Policy", renderer.renderToString(Screens.POLICY, Map.of("policy", PolicyFormAssembler.assemble(
                PolicyScope.jiraProject("DEMO"), UiFixtures.policyWithHostileText(),
                UiFixtures.effective(PolicyScope.jiraProject("DEMO"), UiFixtures.policyWithHostileText()), true, admin))));
        write(dir, "insights", "Insights", renderer.renderToString(Screens.INSIGHTS, Map.of("insights",
                InsightsAssembler.assemble("Project DEMO, last 2 weeks", UiFixtures.insights(), texts))));
        write(dir, "outbox", "Outbox", renderer.renderToString(Screens.OUTBOX, Map.of("outbox",
                OutboxAssembler.assemble(UiFixtures.pending(), UiFixtures.attention(), admin,
                        UiFixtures::itemTitle))));
    }

    private static void write(Path dir, String name, String title, String content) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + link("/static/aui/aui-prototyping.css") + link("/css/async-work/async-work.css")
                + script("/static/jquery/jquery.min.js") + script("/static/aui/aui-prototyping.js")
                + "<style>.preview-issue{display:flex;gap:24px}.preview-main{flex:1}.preview-side{width:340px}</style>"
                + "</head><body class=\"aui-page-fixed\"><div id=\"page\"><section id=\"content\" role=\"main\">"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                + content + "</section></div></div></section></div></body></html>";
        Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    }

    /** The same scripts, in the same order, as the sandbox layout loads: jQuery, then AUI. */
    private static String script(String resource) {
        URL url = UiPreview.class.getResource(resource);
        return url == null ? "" : "<script src=\"" + url + "\"></script>";
    }

    private static String link(String resource) {
        URL url = UiPreview.class.getResource(resource);
        return url == null ? "" : "<link rel=\"stylesheet\" href=\"" + url + "\">";
    }
}
