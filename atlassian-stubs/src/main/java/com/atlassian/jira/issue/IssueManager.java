// Mirrors com.atlassian.jira.issue.IssueManager (jira-api; @PublicApi interface extending JiraManager), only the member
// used: "MutableIssue getIssueObject(String key) throws DataAccessException". Source: ../shared/ATLASSIAN-API.md, Jira
// table (J6SRC and JDOC7, the Jira 7 javadoc). com.atlassian.jira.exception.DataAccessException is unchecked, so it is not declared here (a
// throws clause of an unchecked exception changes neither the descriptor nor callers). The JiraManager supertype (no
// member the plugin uses) is not mirrored. Certainty for Jira 11: likely.
package com.atlassian.jira.issue;

/** Jira's issue store; returns null for a key no issue has (nor had, before a move). */
public interface IssueManager {

    MutableIssue getIssueObject(String key);
}
