package works.async.sandbox.host;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import works.async.core.ItemRef;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.WorkItem;

/**
 * The sandbox's issue lists of a project. Its issues have no workflow, so: <b>resolved</b> is resolved (at the time
 * the host's resolve action stored); <b>blocked</b> is unresolved with priority {@value ProjectWork#BLOCKED_PRIORITY};
 * <b>in progress</b> is unresolved, assigned to someone and not blocked. Each list holds what the viewer may see.
 */
public final class SandboxProjectWork implements ProjectWork {

    private final JiraStore jira;
    private final ItemAccess access;

    public SandboxProjectWork(JiraStore jira, ItemAccess access) {
        this.jira = jira;
        this.access = access;
    }

    @Override
    public List<WorkItem> resolvedSince(String viewerKey, String projectKey, Instant since, int limit) {
        return visible(viewerKey, jira.resolvedSince(projectKey, since, limit), i -> true, limit);
    }

    @Override
    public List<WorkItem> inProgress(String viewerKey, String projectKey, int limit) {
        return visible(viewerKey, jira.unresolved(projectKey), i -> i.assignee() != null && !blocked(i), limit);
    }

    @Override
    public List<WorkItem> blocked(String viewerKey, String projectKey, int limit) {
        return visible(viewerKey, jira.unresolved(projectKey), SandboxProjectWork::blocked, limit);
    }

    private static boolean blocked(Issue issue) {
        return BLOCKED_PRIORITY.equalsIgnoreCase(issue.priority());
    }

    private List<WorkItem> visible(String viewerKey, List<Issue> issues, Predicate<Issue> rule, int limit) {
        return issues.stream().filter(rule)
                .filter(i -> access.canView(viewerKey, ItemRef.issue(i.projectKey(), i.key())))
                .limit(limit).map(i -> new WorkItem(i.key(), i.summary(), "/browse/" + i.key())).toList();
    }
}
