// Mirrors com.atlassian.jira.event.issue.IssueEvent (jira-api; a FINAL class), only the members used.
// Source: ../shared/ATLASSIAN-API.md B, IssueEvent row ("final class extends AbstractEvent implements
// IssueRelatedEvent"; Issue getIssue(), ApplicationUser getUser(), Comment getComment(), Long getEventTypeId(),
// org.ofbiz.core.entity.GenericValue getChangeLog() — nullable), from the Jira 7 javadoc (JDOC7); Jira Software 11.1
// confirms the type and its @EventListener use. Certainty: likely for Jira 11.
// Not mirrored: the supertypes, the real public constructors (the plugin never builds an event; tests mock this final
// class with Mockito's inline mock maker), getWorklog(), getParams(), getTime() and the constants.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericValue;

/** What Jira publishes when an issue is created, changed, commented, resolved, closed or deleted. */
public final class IssueEvent {

    private IssueEvent() {
        // No usable constructor: only Jira creates events.
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Comment getComment() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public GenericValue getChangeLog() {
        throw new UnsupportedOperationException("stand-in");
    }
}
