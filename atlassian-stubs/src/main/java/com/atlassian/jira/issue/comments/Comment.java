// Mirrors com.atlassian.jira.issue.comments.Comment (jira-api; interface), only the members used.
// Source: ../shared/ATLASSIAN-API.md B, Comment row (Jira 6 source copies, J6SRC; Jira 7.0.8 javadoc, MutableComment's
// inherited list): String getBody(); String getAuthorKey(); Long getId(). Certainty: likely for Jira 11.
// Left out: author objects, dates, getIssue() and the rest (never called).
package com.atlassian.jira.issue.comments;

/** A comment on an issue; its author key is the Jira user key the plugin stores. */
public interface Comment {

    String getBody();

    String getAuthorKey();

    Long getId();
}
