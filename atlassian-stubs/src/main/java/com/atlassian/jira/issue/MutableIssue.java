// Mirrors com.atlassian.jira.issue.MutableIssue (jira-api; "public interface MutableIssue extends Issue"), with none of
// its setters: the plugin only reads the issues IssueManager returns. Source: ../shared/ATLASSIAN-API.md, Jira table
// ("MutableIssue (interface extends Issue); returned by IssueManager", JDOC7, the Jira 7 javadoc). Certainty for Jira 11: likely.
package com.atlassian.jira.issue;

/** An issue as IssueManager returns it; the plugin never changes one. */
public interface MutableIssue extends Issue {
}
