package works.async.sandbox.demo;

import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.ItemRef;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.ReplyPolicy;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.pagemacro.StorageFormat;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.reply.ReplyActions;
import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.clock.SeedingClock;
import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.Issue;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.MarkerEntity;
import works.async.sandbox.host.Page;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;

/**
 * Seeds the demo users, project DEMO and space TEAM once per database: a marker row records that it happened, so
 * restarts never duplicate anything. Assignments and comments go through the host's actions, so the app sees
 * them exactly as it sees people's own changes (DEMO-1's owner, for one, has a confirmation waiting).
 */
public final class DemoData {

    static final String MARKER = "demo-data-v1";
    /** The restricted project, added by its own marker so that a database seeded before it gets it at the next start. */
    static final String RESTRICTED_MARKER = "demo-data-v2-restricted";

    /** Project HR: only its members (and its lead) may see it; {@code bob} is not one, so it is hidden from him. */
    public static final String RESTRICTED_PROJECT = "HR";
    /** Space PEOPLE, its Confluence counterpart: the same members, carol its administrator. */
    public static final String RESTRICTED_SPACE = "PEOPLE";
    public static final List<String> RESTRICTED_MEMBERS = List.of("carol", "dinesh", "emma", "alice", "admin");
    /** The PEOPLE space's policy, added by its own marker so that a database seeded before it gets it too. */
    static final String GROUP_POLICY_MARKER = "demo-data-v3-group-policy";
    /**
     * Past weeks of answered questions ({@link DemoHistory}), by their own marker so that a database seeded before
     * them gets them once too: the insights then show weeks of history however old the demo database is.
     */
    static final String HISTORY_MARKER = "demo-data-v4-history";

    private final ActiveObjects hostAo;
    private final UserStore users;
    private final JiraStore jira;
    private final ConfluenceStore confluence;
    private final HostActions actions;
    private final PageReports reports;
    private final PageActionItems actionItems;
    private final PolicyActions policies;
    private final DemoHistory history;
    private final ReplyActions replies;

    public DemoData(ActiveObjects hostAo, UserStore users, JiraStore jira, ConfluenceStore confluence, HostActions actions,
                    PageReports reports, PageActionItems actionItems, PolicyActions policies, ReplyActions replies,
                    SeedingClock clock) {
        this.history = new DemoHistory(clock, replies, users, jira, confluence);
        this.policies = policies;
        this.replies = replies;
        this.reports = reports;
        this.actionItems = actionItems;
        this.hostAo = hostAo;
        this.users = users;
        this.jira = jira;
        this.confluence = confluence;
        this.actions = actions;
    }

    /** Seeds the demo data unless it already was; returns whether it did. */
    public boolean seedOnce() {
        if (hostAo.count(MarkerEntity.class, Query.select().where("NAME = ?", MARKER)) > 0) {
            seedRestrictedOnce();
            seedGroupPolicyOnce();
            seedHistoryOnce();
            return false;
        }
        hostAo.executeInTransaction(() -> {
            hostAo.create(MarkerEntity.class, java.util.Map.of("NAME", MARKER));
            for (DemoUsers.DemoUser u : DemoUsers.ALL) {
                users.create(u.username(), u.username(), u.displayName(), u.zone(), u.admin(), u.username());
            }
            jira.createProject("DEMO", "Demo project", "alice", List.of("alice"));
            confluence.createSpace("TEAM", "Team space", List.of("bob"));
            return null;
        });
        users.byKey("admin").ifPresent(CurrentUser::set);
        try {
            seedIssues();
            seedPages();
        } finally {
            CurrentUser.clear();
        }
        seedRestrictedOnce();
        seedGroupPolicyOnce();
        seedHistoryOnce();
        return true;
    }

    private void seedHistoryOnce() {
        if (hostAo.count(MarkerEntity.class, Query.select().where("NAME = ?", HISTORY_MARKER)) > 0) {
            return;
        }
        hostAo.executeInTransaction(() -> hostAo.create(MarkerEntity.class, java.util.Map.of("NAME", HISTORY_MARKER)));
        history.seed();
    }

    /**
     * The PEOPLE space escalates breached windows to the group {@code people-team} (all of them members of the
     * space), so the demo shows a group in a policy. A space policy someone already saved is left as it is.
     */
    private void seedGroupPolicyOnce() {
        if (hostAo.count(MarkerEntity.class, Query.select().where("NAME = ?", GROUP_POLICY_MARKER)) > 0
                || confluence.space(RESTRICTED_SPACE).isEmpty()) {
            return;
        }
        hostAo.executeInTransaction(() -> hostAo.create(MarkerEntity.class, java.util.Map.of("NAME", GROUP_POLICY_MARKER)));
        users.byKey("admin").ifPresent(CurrentUser::set);
        try {
            PolicyScope space = PolicyScope.confluenceSpace(RESTRICTED_SPACE);
            if (policies.get(space).own().version() == 0) {
                policies.update(space, Policy.inheritAll().withReply(new ReplyPolicy(null, null, null, null,
                        EscalationTarget.group(DemoUsers.PEOPLE_TEAM))), 0);
            }
        } finally {
            CurrentUser.clear();
        }
    }

    /**
     * Project HR, "People team (restricted)": carol leads it, dinesh owns its two issues, emma and alice are members,
     * and bob may not see it at all (its issues, page, insights and policy are "not found" for him, as in Jira). Space
     * PEOPLE, with page "Offsite notes", is restricted to the same people (carol administers it).
     */
    private void seedRestrictedOnce() {
        if (hostAo.count(MarkerEntity.class, Query.select().where("NAME = ?", RESTRICTED_MARKER)) > 0
                || jira.project(RESTRICTED_PROJECT).isPresent()) {
            return;
        }
        hostAo.executeInTransaction(() -> {
            hostAo.create(MarkerEntity.class, java.util.Map.of("NAME", RESTRICTED_MARKER));
            jira.createProject(RESTRICTED_PROJECT, "People team (restricted)", "carol", List.of("carol"),
                    RESTRICTED_MEMBERS);
            if (confluence.space(RESTRICTED_SPACE).isEmpty()) {
                confluence.createSpace(RESTRICTED_SPACE, "People team space (restricted)", List.of("carol"),
                        RESTRICTED_MEMBERS);
                confluence.createPage(RESTRICTED_SPACE, "Offsite notes",
                        "<p>Dates, venue and travel for the spring offsite. Members only.</p>", "carol");
            }
            return null;
        });
        users.byKey("admin").ifPresent(CurrentUser::set);
        try {
            Object[][] rows = {
                {"Task", "High", "Plan the spring team offsite", "dinesh", "carol"},
                {"Task", "Medium", "Update the parental-leave page", "dinesh", "emma"},
            };
            for (int i = 0; i < rows.length; i++) {
                Object[] r = rows[i];
                Issue issue = jira.createIssue(new Issue(RESTRICTED_PROJECT + "-" + (i + 1), RESTRICTED_PROJECT,
                        (String) r[0], (String) r[1], (String) r[2], "Reported by " + r[4] + ". Members only.", null,
                        (String) r[4], false));
                actions.assign(issue, (String) r[3], "admin");
            }
        } finally {
            CurrentUser.clear();
        }
    }

    private void seedIssues() {
        Object[][] rows = {
            {"Story", "High", "Checkout: retry failed card payments once", "alice", "bob"},
            {"Bug", "Highest", "Search results page times out for long queries", "bob", "carol"},
            {"Task", "Medium", "Translate the onboarding emails to Portuguese", "emma", "alice"},
            {"Bug", "Low", "Avatar upload ignores EXIF rotation", "dinesh", "emma"},
            {"Story", "Medium", "Weekly digest email for team leads", "carol", "alice"},
            {"Task", "High", "Rotate the staging database credentials", "bob", "admin"},
            {"Bug", "Medium", "Date picker shows the wrong first day of week in NZ", "carol", "dinesh"},
            {"Story", "Low", "Dark mode for the settings page", null, "emma"},
        };
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            Issue issue = jira.createIssue(new Issue("DEMO-" + (i + 1), "DEMO", (String) r[0], (String) r[1],
                    (String) r[2], "Reported by " + r[4] + ". See the comments for context.", null, (String) r[4], false));
            if (r[3] != null) {
                actions.assign(issue, (String) r[3], "admin");
            }
        }
        comment("DEMO-1", "bob", "Card declines from two banks spike on Mondays; a single retry should cover most of them.");
        comment("DEMO-1", "alice", "Agreed. I will check with payments whether a retry is allowed for 3-D Secure cards.");
        comment("DEMO-2", "carol", "Reproduced with a 300-character query. The backend log shows a 30 s timeout.");
        comment("DEMO-4", "emma", "Happens only with photos taken in portrait on iPhones.");
        comment("DEMO-6", "admin", "Please do this before the audit next week.");
        comment("DEMO-7", "dinesh", "Kolkata starts the week on Monday too; the bug is only in the Pacific/Auckland build.");
    }

    private void comment(String issueKey, String author, String text) {
        jira.issue(issueKey).ifPresent(issue -> users.byKey(author).ifPresent(u -> {
            CurrentUser.set(u);
            actions.comment(issue, author, text);
        }));
        users.byKey("admin").ifPresent(CurrentUser::set);
    }

    /**
     * Saves the page as its author would in Confluence: the page save publishes the report written in its
     * async-report macro (which then shows real reviewers with their local deadlines) and asks the owners of its
     * async-action-item macros to confirm, as Confluence's page-save listener does.
     */
    private Page saved(Page page) {
        Optional<SandboxUser> author = users.byKey(page.creator());
        if (author.isEmpty()) {
            return page;
        }
        CurrentUser.set(author.get());
        String pageId = Long.toString(page.id());
        reports.pageSaved(pageId, author.get().key(), StorageFormat.macros(page.body()));
        actionItems.pageSaved(pageId, author.get().key(), StorageFormat.macros(page.body()));
        users.byKey("admin").ifPresent(CurrentUser::set);
        return page;
    }

    private Page page(String title, String body, String creator) {
        Page created = confluence.createPage("TEAM", title, "", creator);
        return confluence.updateBody(created.id(), body.replace(DemoPages.PAGE_ID, Long.toString(created.id())));
    }

    private void seedPages() {
        Page weekly = saved(page("Weekly update: week 47 (replaces the Monday meeting)", DemoPages.weeklyUpdate(),
                "bob"));
        page("Our working agreement", DemoPages.workingAgreement(), "bob");
        Page launch = saved(page("Launch plan: new onboarding", DemoPages.launchPlan(), "alice"));
        users.byKey("alice").ifPresent(u -> {
            CurrentUser.set(u);
            actions.comment(weekly, "alice", "Thanks, this saves me a 7 am call.");
            // The launch plan's open questions: asked by its author, each waiting for its answer in the page.
            String page = Long.toString(launch.id());
            replies.ask(ItemRef.Kind.CONFLUENCE_PAGE, page, List.of("carol"),
                    "Do the release notes need a review by legal before the launch?", null);
            replies.ask(ItemRef.Kind.CONFLUENCE_PAGE, page, List.of("dinesh"),
                    "How many sign-ups per minute should the load test assume?", null);
        });
    }
}
