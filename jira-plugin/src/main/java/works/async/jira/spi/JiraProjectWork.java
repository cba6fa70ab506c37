package works.async.jira.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;

import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.WorkItem;

/**
 * A project's issue lists from Jira's own search, run as the viewer (so only issues they may browse):
 * <ul>
 *   <li>resolved: {@code resolved >= -Nm} (N the minutes since the instant, rounded up), newest first;</li>
 *   <li>blocked: {@code resolution is EMPTY AND priority = "Blocker"};</li>
 *   <li>in progress: {@code resolution is EMPTY AND statusCategory = "In Progress"}, less the blocked ones.</li>
 * </ul>
 * A relative date keeps the search independent of the viewer's Jira time zone. A query Jira refuses to parse or run
 * (e.g. a Jira without a priority named Blocker may refuse the value) answers an empty list, so the draft still opens.
 */
public final class JiraProjectWork implements ProjectWork {

    private static final Logger LOG = Logger.getLogger(JiraProjectWork.class.getName());

    private final SearchService search;
    private final UserManager users;
    private final Clock clock;

    public JiraProjectWork(SearchService search, UserManager users, Clock clock) {
        this.search = search;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> resolvedSince(String viewerKey, String projectKey, Instant since, int limit) {
        long minutes = Math.max(1, (Duration.between(since, clock.instant()).toSeconds() + 59) / 60);
        return search(viewerKey, inProject(projectKey) + " AND resolved >= \"-" + minutes + "m\" ORDER BY resolved DESC",
                limit, issue -> true);
    }

    @Override
    public List<WorkItem> inProgress(String viewerKey, String projectKey, int limit) {
        // Blocked issues are left out here, not in JQL: "priority != X" is refused where no priority X exists.
        return search(viewerKey, inProject(projectKey)
                        + " AND resolution is EMPTY AND statusCategory = \"In Progress\" ORDER BY updated DESC",
                limit * 2, issue -> !blocked(issue)).stream().limit(limit).toList();
    }

    @Override
    public List<WorkItem> blocked(String viewerKey, String projectKey, int limit) {
        return search(viewerKey, inProject(projectKey) + " AND resolution is EMPTY AND priority = \""
                + BLOCKED_PRIORITY + "\" ORDER BY updated DESC", limit, issue -> true);
    }

    private static boolean blocked(Issue issue) {
        return issue.getPriority() != null && BLOCKED_PRIORITY.equalsIgnoreCase(issue.getPriority().getName());
    }

    /** A JQL string literal: Jira's escapes for a backslash and a double quote. */
    static String inProject(String projectKey) {
        return "project = \"" + projectKey.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private List<WorkItem> search(String viewerKey, String jql, int limit, Predicate<Issue> keep) {
        Optional<ApplicationUser> viewer = viewerKey == null ? Optional.empty()
                : Optional.ofNullable(users.getUserByKey(viewerKey)).filter(ApplicationUser::isActive);
        if (viewer.isEmpty() || limit <= 0) {
            return List.of();
        }
        SearchService.ParseResult parsed = search.parseQuery(viewer.get(), jql);
        if (!parsed.isValid()) {
            // Logged, so that an administrator learns why a section of every draft stays empty.
            LOG.log(Level.WARNING, "Async Work: Jira refused the project page's search {0}; that section of the draft"
                    + " is left empty", jql);
            return List.of();
        }
        try {
            return search.search(viewer.get(), parsed.getQuery(), new PagerFilter(limit)).getResults().stream()
                    .filter(keep).limit(limit)
                    .map(issue -> new WorkItem(issue.getKey(), issue.getSummary(), "/browse/" + issue.getKey()))
                    .toList();
        } catch (SearchException e) {
            LOG.log(Level.WARNING, "Async Work: the project page's search failed; that section of the draft is left"
                    + " empty", e);
            return List.of();
        }
    }
}
