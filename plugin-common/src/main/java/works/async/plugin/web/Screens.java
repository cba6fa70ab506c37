package works.async.plugin.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.insight.TeamInsights;
import works.async.core.policy.PolicyScope;
import works.async.core.report.MeetingReport;
import works.async.plugin.app.AsyncWork;
import works.async.plugin.item.ItemView;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.schedule.ScheduleActions;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.web.admin.PolicyFormAssembler;
import works.async.plugin.web.insight.InsightsAssembler;
import works.async.plugin.web.macro.AgreementAssembler;
import works.async.plugin.web.macro.PageAssembler;
import works.async.plugin.web.macro.ReportAssembler;
import works.async.plugin.web.outbox.OutboxAssembler;
import works.async.plugin.web.panel.IssuePanelAssembler;
import works.async.plugin.web.settings.SettingsAssembler;

/**
 * The shared screens, for hosts: each method reads what one screen shows through the application services (so the
 * same permission checks apply as over REST), turns it into an immutable view model, and returns the template and
 * its context. Hosts render it with their {@code TemplateRenderer}; the Jira web panel and the Confluence macros do
 * exactly that. Called on the request thread of the signed-in viewer.
 */
public final class Screens {

    /** A template and the context it is rendered with (the view model under one name). */
    public record Rendering(String template, Map<String, Object> context) {
    }

    public static final String ISSUE_PANEL = "templates/panel/issue-panel.vm";
    public static final String REPORT = "templates/macro/report.vm";
    public static final String ACTION_ITEM = "templates/macro/action-item.vm";
    public static final String WORKING_AGREEMENT = "templates/macro/working-agreement.vm";
    public static final String OPEN_QUESTIONS = "templates/macro/open-questions.vm";
    public static final String PAGE_BANNER = "templates/banner/page-banner.vm";
    public static final String SETTINGS = "templates/settings/personal-settings.vm";
    public static final String POLICY = "templates/admin/policy.vm";
    public static final String INSIGHTS = "templates/insight/insights.vm";
    public static final String OUTBOX = "templates/outbox/outbox.vm";

    private final AsyncWork work;
    private final UserDirectory directory;
    private final ItemAccess items;
    private final Clock clock;
    private final String baseUrl;
    private final String reportHref;
    private final String profileHref;

    /**
     * @param baseUrl    the host's context path prefixed to links and REST calls ("" at the root)
     * @param reportHref where a report is read, relative to the base URL, with {@code {id}} for the report id
     * @param profileHref the host's page where people edit their own profile (and so their time zone), relative to
     *                    the base URL: Jira's {@code /secure/ViewProfile.jspa}, Confluence's
     *                    {@code /users/viewmyprofile.action}
     */
    public Screens(AsyncWork work, UserDirectory directory, ItemAccess items, Clock clock, String baseUrl,
                   String reportHref, String profileHref) {
        this.work = Objects.requireNonNull(work, "work");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.items = Objects.requireNonNull(items, "items");
        // In milliseconds, as the app reads it: a screen's "now" is then the instant the REST API would answer.
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), java.time.Duration.ofMillis(1));
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.reportHref = Objects.requireNonNull(reportHref, "reportHref");
        this.profileHref = Objects.requireNonNull(profileHref, "profileHref");
    }

    public Rendering issuePanel(String issueKey) {
        Screen screen = screen();
        ItemView view = work.items().issue(issueKey);
        boolean owner = view.ownership() != null && screen.isViewer(view.ownership().owner());
        return new Rendering(ISSUE_PANEL, Map.of("panel", IssuePanelAssembler.assemble(issueKey,
                view.currentOwnership(), view.replies(), view.reports(),
                work.policies().effective(PolicyScope.of(view.item().ref(), view.item().itemType()))
                        .replyWindowFor(view.item().priority()).value(),
                view.viewerMayAnswerOwnership() && !owner, true, reportHref, screen)));
    }

    public Rendering report(String reportId) {
        return new Rendering(REPORT, Map.of("report", ReportAssembler.assemble(work.reports().get(reportId), screen())));
    }

    /** An action item: its text as written on the page, and the ownership of the item it is tracked as. */
    public Rendering actionItem(String itemKey, String text) {
        Screen screen = screen();
        ItemView view = work.items().view(ItemRef.Kind.CONFLUENCE_PAGE, itemKey);
        boolean owner = view.ownership() != null && screen.isViewer(view.ownership().owner());
        return new Rendering(ACTION_ITEM, Map.of("item", PageAssembler.actionItem(itemKey, text,
                view.currentOwnership(), view.viewerMayAnswerOwnership() && !owner, screen)));
    }

    public Rendering workingAgreement(PolicyScope scope) {
        Screen screen = screen();
        return new Rendering(WORKING_AGREEMENT, Map.of("agreement",
                AgreementAssembler.assemble(work.policies().get(scope).effective(), screen.texts())));
    }

    public Rendering openQuestions(String pageId) {
        Screen screen = screen();
        ItemView view = work.items().page(pageId);
        return new Rendering(OPEN_QUESTIONS, Map.of("questions", PageAssembler.questions(pageId, view.replies(), screen)));
    }

    /** What the page waits on from the viewer; the template prints nothing when that is nothing. */
    public Rendering pageBanner(String pageId) {
        Screen screen = screen();
        ItemView view = work.items().page(pageId);
        List<MeetingReport> open = new ArrayList<>();
        for (ReportSummary summary : view.reports()) {
            if (summary.state() == MeetingReport.ReportState.OPEN) {
                open.add(work.reports().get(summary.id()));
            }
        }
        return new Rendering(PAGE_BANNER, Map.of("banner",
                PageAssembler.banner(view.replies(), view.currentOwnership(), open, screen)));
    }

    public Rendering settings() {
        Screen screen = screen();
        ScheduleActions.ScheduleView mine = work.schedules().mine();
        return new Rendering(SETTINGS, Map.of("settings",
                SettingsAssembler.assemble(mine.schedule(), work.policies().effective(PolicyScope.global()).defaultPattern(),
                        profileHref, screen)));
    }

    public Rendering policy(PolicyScope scope) {
        Screen screen = screen();
        PolicyActions.PolicyView view = work.policies().get(scope);
        boolean mayEdit = work.policies().mayEdit(scope);
        return new Rendering(POLICY, Map.of("policy",
                PolicyFormAssembler.assemble(scope, view.own(), view.effective(), mayEdit, screen)));
    }

    public Rendering projectInsights(String projectKey) {
        Screen screen = screen();
        return insights(screen, work.insights().project(projectKey, null), "async.ui.insight.scope", projectKey);
    }

    /** A Confluence space's team insights: the same figures as a project's, over the space's pages. */
    public Rendering spaceInsights(String spaceKey) {
        Screen screen = screen();
        return insights(screen, work.insights().space(spaceKey, null), "async.ui.insight.scope.space", spaceKey);
    }

    private static Rendering insights(Screen screen, TeamInsights insights, String scopeTextKey, String containerKey) {
        return new Rendering(INSIGHTS, Map.of("insights", InsightsAssembler.assemble(
                screen.texts().get(scopeTextKey, containerKey, String.valueOf(insights.weeks())), insights, screen.texts())));
    }

    public Rendering outbox() {
        Screen screen = screen();
        // Titles come from the host for the items on this page only (the outbox keeps no copy that could drift).
        return new Rendering(OUTBOX, Map.of("outbox", OutboxAssembler.assemble(work.outbox().rows(200),
                work.attention().rows(), screen,
                item -> items.find(item.kind(), item.itemKey()).map(HostItem::title))));
    }

    /** The screen context for the signed-in viewer; anonymous viewers get the same refusal as over REST. */
    Screen screen() {
        String key = work.caller().require();
        Person viewer = directory.byKey(key).map(People::of)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, null, "Unknown user."));
        Texts texts = new Texts(work.i18n());
        return new Screen(viewer, new People(directory), new TimeTexts(texts, clock), texts, baseUrl);
    }

}
