package works.async.plugin.projectpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.access.People;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.WorkItem;

/**
 * What a Jira project's page reads: the reports published on it and a new report's draft from the project's work
 * since the last one. Whoever may browse the project sees the page and may draft and publish a report on it (the
 * report API's own rule for an item); everything else answers "not found", as for a hidden issue.
 *
 * <p>The draft lists only what the viewer may browse, and only the work and the explicit agreements on it: issues
 * resolved, in progress and blocked (from the host, {@link ProjectWork}), and overdue replies and unconfirmed
 * ownership (from the plugin's own tables). It names nobody: who owes a reply is on the issue, not in the report.
 */
public final class ProjectPageActions {

    /** How many reports the page lists, newest first. */
    public static final int REPORTS_SHOWN = 20;
    /** How many entries each section of a draft lists at most. */
    public static final int SECTION_LIMIT = 25;
    /** The period a project's first draft covers, when no report was published on its page yet. */
    public static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(7);

    private final MeetingReportStore reports;
    private final ReplyRequestStore replies;
    private final OwnershipRequestStore ownership;
    private final ProjectWork work;
    private final PolicyService policies;
    private final ItemAccess items;
    private final Access access;
    private final People people;
    private final Caller caller;
    private final I18nResolver i18n;
    private final Clock clock;

    public ProjectPageActions(MeetingReportStore reports, ReplyRequestStore replies, OwnershipRequestStore ownership,
                              ProjectWork work, PolicyService policies, ItemAccess items, Access access,
                              People people, Caller caller, I18nResolver i18n, Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.items = Objects.requireNonNull(items, "items");
        this.access = Objects.requireNonNull(access, "access");
        this.people = Objects.requireNonNull(people, "people");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The project's page, if the caller may browse the project; an issue key is not a project. */
    public HostItem project(String projectKey) {
        return access.visibleProjectPage(projectKey);
    }

    /**
     * Whether the caller may draft and publish a report on the project's page: the host's "edit" of the page (in
     * Jira and the sandbox the same people who may browse the project).
     */
    public boolean mayCreate(String projectKey) {
        HostItem project = project(projectKey);
        return items.canEdit(caller.require(), project.ref());
    }

    /** Reports published on the project's page, newest first, at most {@link #REPORTS_SHOWN}. */
    public List<ReportSummary> reports(String projectKey) {
        return reports.findSummariesByItem(project(projectKey).ref(), REPORTS_SHOWN);
    }

    /** A draft of the project's next report, covering the time since its last one. */
    public ReportDraft draft(String projectKey) {
        HostItem project = project(projectKey);
        String key = project.ref().containerKey();
        String viewer = caller.require();
        if (!items.canEdit(viewer, project.ref())) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "Only people who may edit this project's page draft its reports.");
        }
        Instant now = clock.instant();
        Optional<Instant> last = reports.findSummariesByItem(project.ref(), 1).stream()
                .map(ReportSummary::publishedAt).filter(Objects::nonNull).findFirst();
        Instant since = last.orElse(now.minus(DEFAULT_LOOK_BACK));
        ZoneId zone = people.byKey(viewer).map(HostUser::zone).orElse(clock.getZone());
        DraftText text = new DraftText(i18n, zone, SECTION_LIMIT);
        String sinceText = last.isPresent()
                ? text.text("async.ui.project.draft.since.report", text.time(since))
                : text.text("async.ui.project.draft.since.default", text.time(since),
                String.valueOf(DEFAULT_LOOK_BACK.toDays()));
        text.paragraph(sinceText)
                .section("async.ui.project.draft.resolved",
                        lines(work.resolvedSince(viewer, key, since, SECTION_LIMIT)), "async.ui.project.draft.issue")
                .section("async.ui.project.draft.progress",
                        lines(work.inProgress(viewer, key, SECTION_LIMIT)), "async.ui.project.draft.issue")
                .section("async.ui.project.draft.blocked",
                        lines(work.blocked(viewer, key, SECTION_LIMIT)), "async.ui.project.draft.issue")
                .section("async.ui.project.draft.overdue", overdue(viewer, key, now), "async.ui.project.draft.overdue.line")
                .section("async.ui.project.draft.unconfirmed", unconfirmed(viewer, key),
                        "async.ui.project.draft.unconfirmed.line");
        String title = text.text("async.ui.project.draft.title", project.title(), text.date(now));
        return new ReportDraft(key, title, text.body(), since, last.isPresent(), defaultReviewers(project, viewer));
    }

    /**
     * The project policy's default reviewers, by user name, as the form's reviewer field takes them. Someone removed
     * since the policy was saved, or who may not see the project, is left out rather than failing the publishing; the
     * author does not review their own.
     */
    private List<String> defaultReviewers(HostItem project, String author) {
        return policies.effective(PolicyScope.jiraProject(project.ref().containerKey())).defaultReviewers().stream()
                .sorted().map(people::byKeyOrUsername).flatMap(Optional::stream)
                .filter(user -> !user.key().equals(author) && items.canView(user.key(), project.ref()))
                .map(HostUser::username).distinct().toList();
    }

    private static List<DraftText.Line> lines(List<WorkItem> work) {
        return work.stream().limit(SECTION_LIMIT).map(w -> new DraftText.Line(w.key(), w.title(), null)).toList();
    }

    private List<DraftText.Line> overdue(String viewer, String projectKey, Instant now) {
        Map<String, Optional<HostItem>> seen = new HashMap<>();
        List<DraftText.Line> lines = new ArrayList<>();
        for (ReplyRequest r : replies.findOverdueInContainer(ItemRef.Kind.JIRA_ISSUE, projectKey, now, SECTION_LIMIT)) {
            visible(viewer, r.item(), seen).ifPresent(item ->
                    lines.add(new DraftText.Line(r.item().itemKey(), item.title(), r.dueAt())));
        }
        return lines;
    }

    private List<DraftText.Line> unconfirmed(String viewer, String projectKey) {
        Map<String, Optional<HostItem>> seen = new HashMap<>();
        List<DraftText.Line> lines = new ArrayList<>();
        for (OwnershipRequest r : ownership.findUnconfirmedInContainer(ItemRef.Kind.JIRA_ISSUE, projectKey, SECTION_LIMIT)) {
            visible(viewer, r.item(), seen).ifPresent(item ->
                    lines.add(new DraftText.Line(r.item().itemKey(), item.title(), r.openedAt())));
        }
        return lines;
    }

    /** The item if the viewer may see it; looked up once per item, however many requests it has. */
    private Optional<HostItem> visible(String viewer, ItemRef ref, Map<String, Optional<HostItem>> seen) {
        return seen.computeIfAbsent(ref.itemKey(), k -> items.find(ref.kind(), k)
                .filter(item -> item.ref().equals(ref) && items.canView(viewer, ref)));
    }
}
