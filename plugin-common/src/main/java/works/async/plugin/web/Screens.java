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
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyScope;
import works.async.core.report.MeetingReport;
import com.atlassian.sal.api.message.I18nResolver;
import works.async.plugin.access.Caller;
import works.async.plugin.agreement.AgreementActions;
import works.async.plugin.escalation.Attention;
import works.async.plugin.insight.Insights;
import works.async.plugin.item.ItemView;
import works.async.plugin.item.ItemViews;
import works.async.plugin.outbox.OutboxView;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.projectpage.ProjectPageActions;
import works.async.plugin.report.ReportActions;
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
import works.async.plugin.web.project.ProjectPageAssembler;
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
    public static final String PROJECT_PAGE = "templates/project/project-page.vm";
    /** The viewer's "waiting for me" page ({@link works.async.plugin.web.waiting.WaitingScreen}). */
    public static final String WAITING = "templates/waiting/waiting.vm";

    private final ItemViews itemViews;
    private final PolicyActions policies;
    private final ReportActions reports;
    private final ProjectPageActions projectPages;
    private final AgreementActions agreements;
    private final ScheduleActions schedules;
    private final Insights insights;
    private final OutboxView outbox;
    private final Attention attention;
    private final Caller caller;
    private final UserDirectory directory;
    private final ItemAccess items;
    private final I18nResolver i18n;
    private final Clock clock;
    private final ScreenLinks links;

    /**
     * The application services the screens read (the same the REST resources call, so the same permission checks
     * apply), the host lookups for names and titles, and the host's links.
     */
    public Screens(ItemViews itemViews, PolicyActions policies, ReportActions reports, ProjectPageActions projectPages,
                   AgreementActions agreements, ScheduleActions schedules, Insights insights, OutboxView outbox, Attention attention, Caller caller,
                   UserDirectory directory, ItemAccess items, I18nResolver i18n, Clock clock, ScreenLinks links) {
        this.itemViews = Objects.requireNonNull(itemViews, "itemViews");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.projectPages = Objects.requireNonNull(projectPages, "projectPages");
        this.agreements = Objects.requireNonNull(agreements, "agreements");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.insights = Objects.requireNonNull(insights, "insights");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.attention = Objects.requireNonNull(attention, "attention");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.items = Objects.requireNonNull(items, "items");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        // In milliseconds, as the app reads it: a screen's "now" is then the instant the REST API would answer.
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), java.time.Duration.ofMillis(1));
        this.links = Objects.requireNonNull(links, "links");
    }

    public Rendering issuePanel(String issueKey) {
        Screen screen = screen();
        ItemView view = itemViews.issue(issueKey);
        boolean owner = view.ownership() != null && screen.isViewer(view.ownership().owner());
        return new Rendering(ISSUE_PANEL, Map.of("panel", IssuePanelAssembler.assemble(issueKey,
                view.currentOwnership(), view.earlierOwnership(), view.replies(), view.reports(),
                policies.effective(PolicyScope.of(view.item().ref(), view.item().itemType()))
                        .replyWindowFor(view.item().priority()).value(),
                view.viewerMayAnswerOwnership() && !owner, true, links.reportHref(), screen)));
    }

    public Rendering report(String reportId) {
        return new Rendering(REPORT, Map.of("report", ReportAssembler.assemble(reports.get(reportId), screen())));
    }

    /**
     * A report written in a page, with the cadence and next date of the recurring series {@code seriesId} when there
     * is one (a report macro's series may never have been started).
     */
    public Rendering report(String reportId, String seriesId) {
        Screen screen = screen();
        MeetingReport report = reports.get(reportId);
        return new Rendering(REPORT, Map.of("report", ReportAssembler.assemble(report,
                reports.seriesIfVisible(seriesId).orElse(null), screen)));
    }

    /** An action item: its text as written on the page, and the ownership of the item it is tracked as. */
    public Rendering actionItem(String itemKey, String text) {
        Screen screen = screen();
        ItemView view = itemViews.view(ItemRef.Kind.CONFLUENCE_PAGE, itemKey);
        boolean owner = view.ownership() != null && screen.isViewer(view.ownership().owner());
        return new Rendering(ACTION_ITEM, Map.of("item", PageAssembler.actionItem(itemKey, text,
                view.currentOwnership(), view.viewerMayAnswerOwnership() && !owner, screen)));
    }

    /** A working agreement; a project's or space's with the viewer's acknowledgement and how many members did. */
    public Rendering workingAgreement(PolicyScope scope) {
        Screen screen = screen();
        EffectivePolicy policy = policies.get(scope).effective();
        return new Rendering(WORKING_AGREEMENT, Map.of("agreement", scope.isGlobal()
                ? AgreementAssembler.assemble(policy, screen.texts())
                : AgreementAssembler.assemble(policy, agreements.standing(scope.containerKind(), scope.containerKey()),
                screen)));
    }

    /** A Jira project's page: its reports, the "new report from draft" action and its working agreement. */
    public Rendering projectPage(String projectKey) {
        Screen screen = screen();
        HostItem project = projectPages.project(projectKey);
        return new Rendering(PROJECT_PAGE, Map.of("project", ProjectPageAssembler.assemble(project,
                projectPages.reports(projectKey), projectPages.mayCreate(projectKey),
                policies.effective(PolicyScope.jiraProject(project.ref().containerKey())),
                agreements.standing(PolicyScope.ContainerKind.JIRA_PROJECT, project.ref().containerKey()),
                links.reportHref(), policyLink(PolicyScope.jiraProject(project.ref().containerKey())), screen)));
    }

    /** A project's or space's policy page, for those who may change its policy (only they see the link); else null. */
    public String policyLink(PolicyScope container) {
        return policies.mayEdit(container) ? links.policy(container) : null;
    }

    /** The open-questions macro: the page's questions, answered in place, and a form to ask one. */
    public Rendering openQuestions(String pageId) {
        Screen screen = screen();
        ItemView view = itemViews.page(pageId);
        return new Rendering(OPEN_QUESTIONS, Map.of("questions", PageAssembler.questions(pageId, view.replies(),
                policies.effective(PolicyScope.of(view.item().ref(), view.item().itemType()))
                        .replyWindowFor(view.item().priority()).value(), screen)));
    }

    /** What the page waits on from the viewer; the template prints nothing when that is nothing. */
    public Rendering pageBanner(String pageId) {
        Screen screen = screen();
        ItemView view = itemViews.page(pageId);
        List<MeetingReport> open = new ArrayList<>();
        for (ReportSummary summary : view.reports()) {
            if (summary.state() == MeetingReport.ReportState.OPEN) {
                open.add(reports.get(summary.id()));
            }
        }
        return new Rendering(PAGE_BANNER, Map.of("banner",
                PageAssembler.banner(view.replies(), view.currentOwnership(), open, screen)));
    }

    public Rendering settings() {
        Screen screen = screen();
        ScheduleActions.ScheduleView mine = schedules.mine();
        return new Rendering(SETTINGS, Map.of("settings",
                SettingsAssembler.assemble(mine.schedule(), policies.effective(PolicyScope.global()).defaultPattern(),
                        links.profileHref(), screen)));
    }

    /**
     * A policy's form. A project's, a space's or one of their item types' is for those who may change it (others are
     * refused, as the products' policy pages refuse them), with its item types' policies and the links between them;
     * the global one is shown to everyone signed in, read-only to all but administrators.
     */
    public Rendering policy(PolicyScope scope) {
        Screen screen = screen();
        PolicyActions.PolicyView view = policies.get(scope);
        boolean mayEdit = policies.mayEdit(scope);
        if (!scope.isGlobal() && !mayEdit) {
            throw new works.async.core.DomainException(works.async.core.ErrorCode.FORBIDDEN, null,
                    "Only administrators of this project or space can open its policy.");
        }
        List<PolicyActions.TypePolicy> types = scope.level() == PolicyScope.Level.CONTAINER
                ? policies.typePolicies(scope) : null;
        return new Rendering(POLICY, Map.of("policy", PolicyFormAssembler.assemble(scope, view.own(), view.effective(),
                mayEdit, types, links::policy, screen)));
    }

    public Rendering projectInsights(String projectKey) {
        Screen screen = screen();
        return insights(screen, insights.project(projectKey, null), "async.ui.insight.scope", projectKey);
    }

    /** A Confluence space's team insights: the same figures as a project's, over the space's pages. */
    public Rendering spaceInsights(String spaceKey) {
        Screen screen = screen();
        return insights(screen, insights.space(spaceKey, null), "async.ui.insight.scope.space", spaceKey);
    }

    private static Rendering insights(Screen screen, TeamInsights insights, String scopeTextKey, String containerKey) {
        return new Rendering(INSIGHTS, Map.of("insights", InsightsAssembler.assemble(
                screen.texts().get(scopeTextKey, containerKey, String.valueOf(insights.weeks())), insights, screen.texts())));
    }

    public Rendering outbox() {
        Screen screen = screen();
        // Titles come from the host for the items on this page only (the outbox keeps no copy that could drift).
        return new Rendering(OUTBOX, Map.of("outbox", OutboxAssembler.assemble(outbox.rows(200),
                attention.rows(), screen,
                item -> items.find(item.kind(), item.itemKey()).map(HostItem::title))));
    }

    /**
     * The screen context for the signed-in viewer; anonymous viewers get the same refusal as over REST. Public for the
     * screens built in their own feature package.
     */
    public Screen screen() {
        String key = caller.require();
        Person viewer = directory.byKey(key).map(People::of)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, null, "Unknown user."));
        Texts texts = new Texts(i18n);
        return new Screen(viewer, new People(directory), new TimeTexts(texts, clock), texts, links.baseUrl());
    }

}
