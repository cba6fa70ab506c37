package works.async.jira.events;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

import works.async.core.ItemRef;
import works.async.plugin.item.HostEventListener;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Jira's issue events delivered to the plugin's {@link ItemEvents}: a new assignee, a comment, a resolution or close,
 * a deletion. Jira calls it synchronously inside its own operation, after the change is saved, so whatever fails here
 * is logged and never thrown: a broken store must not fail a user's assign or comment.
 * Registered while the plugin is enabled, as {@link HostEventListener} says.
 */
public final class IssueEventListener extends HostEventListener {

    private static final Logger LOG = Logger.getLogger(IssueEventListener.class.getName());

    /** The change group's relation to its items, and the item field of an assignee change (Jira's entity model). */
    static final String CHANGE_ITEMS = "ChildChangeItem";
    static final String ASSIGNEE_FIELD = "assignee";

    public IssueEventListener(EventPublisher publisher, ItemEvents events, ItemAccess items) {
        super(publisher, events, items);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            handle(event);
        } catch (RuntimeException | GenericEntityException e) {
            LOG.log(Level.WARNING, "Async Work: issue event " + event.getEventTypeId() + " of " + keyOf(event)
                    + " not handled; Jira's change stands", e);
        }
    }

    private void handle(IssueEvent event) throws GenericEntityException {
        Long type = event.getEventTypeId();
        Issue issue = event.getIssue();
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            // The issue is gone from Jira, so ItemAccess cannot find it: the reference comes from the event itself.
            events.itemDeleted(ItemRef.issue(issue.getProjectObject().getKey(), issue.getKey()));
            return;
        }
        Comment comment = EventType.ISSUE_COMMENTED_ID.equals(type) ? event.getComment() : null;
        boolean resolved = EventType.ISSUE_RESOLVED_ID.equals(type) || EventType.ISSUE_CLOSED_ID.equals(type);
        // An edit (ISSUE_UPDATED) or a transition that changes the assignee raises no Assign event, only a change item.
        Optional<GenericValue> assigneeChange = assigneeChange(event.getChangeLog());
        boolean assigned = EventType.ISSUE_ASSIGNED_ID.equals(type) || assigneeChange.isPresent();
        if (comment == null && !resolved && !assigned) {
            return;
        }
        HostItem item = items.find(ItemRef.Kind.JIRA_ISSUE, issue.getKey()).orElse(null);
        if (item == null) {
            LOG.warning("Async Work: issue " + issue.getKey() + " of event " + type + " not found; event ignored");
            return;
        }
        if (comment != null) {
            events.commentAdded(item, comment.getAuthorKey(), String.valueOf(comment.getId()), comment.getBody());
        }
        if (assigned) {
            // The change item's new value is the new assignee's key (null: unassigned, which opens nothing); an Assign
            // event without a change item leaves the issue's assignee, as ItemAccess reads it now.
            String owner = assigneeChange.isPresent() ? assigneeChange.get().getString("newvalue") : item.owner();
            events.itemAssigned(item, owner, keyOf(event.getUser()));
        }
        if (resolved) {
            events.itemResolved(item);
        }
    }

    /** The change group's assignee item, if the change group changed the assignee. */
    private static Optional<GenericValue> assigneeChange(GenericValue changeLog) throws GenericEntityException {
        List<GenericValue> changes = changeLog == null ? null : changeLog.getRelated(CHANGE_ITEMS);
        if (changes == null) {
            return Optional.empty();
        }
        return changes.stream().filter(c -> ASSIGNEE_FIELD.equals(c.getString("field"))).findFirst();
    }

    private static String keyOf(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    private static String keyOf(IssueEvent event) {
        Issue issue = event.getIssue();
        return issue == null ? "(no issue)" : issue.getKey();
    }
}
