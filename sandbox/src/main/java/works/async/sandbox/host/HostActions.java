package works.async.sandbox.host;

import java.time.Clock;
import java.util.Objects;

import works.async.core.ItemRef;

/**
 * The host's own write operations (assign, comment, resolve); each stores the change first and then raises the
 * event, as the products publish their events after the change is saved.
 */
public final class HostActions {

    private final JiraStore jira;
    private final ConfluenceStore confluence;
    private final HostEvents events;
    private final Clock clock;

    public HostActions(JiraStore jira, ConfluenceStore confluence, HostEvents events, Clock clock) {
        this.jira = jira;
        this.confluence = confluence;
        this.events = Objects.requireNonNull(events, "events");
        this.clock = clock;
    }

    public void assign(Issue issue, String assignee, String actor) {
        jira.setAssignee(issue.key(), assignee);
        if (assignee != null) {
            events.itemAssigned(ItemRef.issue(issue.projectKey(), issue.key()), assignee, actor);
        }
    }

    public Comment comment(Issue issue, String author, String body) {
        Comment c = jira.addComment(issue.key(), author, body, clock.instant());
        events.commentAdded(ItemRef.issue(issue.projectKey(), issue.key()), author, c.id(), body);
        return c;
    }

    public void resolve(Issue issue) {
        if (!issue.resolved()) {
            jira.setResolved(issue.key(), clock.instant());
            events.itemResolved(ItemRef.issue(issue.projectKey(), issue.key()));
        }
    }

    public Comment comment(Page page, String author, String body) {
        Comment c = confluence.addComment(page.id(), author, body, clock.instant());
        events.commentAdded(ItemRef.page(page.spaceKey(), Long.toString(page.id())), author, c.id(), body);
        return c;
    }
}
