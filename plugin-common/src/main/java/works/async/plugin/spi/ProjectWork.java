package works.async.plugin.spi;

import java.time.Instant;
import java.util.List;

/**
 * Host port for the issue lists of a project that Async Work does not store itself, for a project page's report
 * draft. Each list holds only issues the viewer may browse, at most {@code limit}, and is empty for a project that
 * does not exist or that the viewer may not see.
 *
 * <p>The rules every host follows (and says how it answers them):
 * <ul>
 *   <li><b>resolved</b>: the issue has a resolution set at or after {@code since}, newest first;</li>
 *   <li><b>blocked</b>: unresolved, with the priority named {@value #BLOCKED_PRIORITY}, the one priority name that
 *       Jira's classic scheme and the sandbox share for "work cannot go on";</li>
 *   <li><b>in progress</b>: unresolved, not blocked, and in progress in the host's terms (Jira: status category
 *       "In Progress"; the sandbox, which has no workflow: assigned to someone).</li>
 * </ul>
 */
public interface ProjectWork {

    /** The priority name that marks an unresolved issue as blocked. */
    String BLOCKED_PRIORITY = "Blocker";

    List<WorkItem> resolvedSince(String viewerKey, String projectKey, Instant since, int limit);

    List<WorkItem> inProgress(String viewerKey, String projectKey, int limit);

    List<WorkItem> blocked(String viewerKey, String projectKey, int limit);

    /** For hosts without projects (Confluence): every list is empty. */
    ProjectWork NONE = new ProjectWork() {
        @Override
        public List<WorkItem> resolvedSince(String viewerKey, String projectKey, Instant since, int limit) {
            return List.of();
        }

        @Override
        public List<WorkItem> inProgress(String viewerKey, String projectKey, int limit) {
            return List.of();
        }

        @Override
        public List<WorkItem> blocked(String viewerKey, String projectKey, int limit) {
            return List.of();
        }
    };
}
