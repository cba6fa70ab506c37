// Mirrors com.atlassian.jira.issue.resolution.Resolution (jira-api; interface extending IssueConstant). No member is used:
// the plugin only tests Issue.getResolution() for null (an unresolved issue has none). ../shared/ATLASSIAN-API.md names
// the type as the return of Issue.getResolution() (JDOC7, the Jira 7 javadoc) but not its package; the package is the one public Jira
// plugin sources found in the public code index import ("import com.atlassian.jira.issue.resolution.Resolution;", next
// to the priority import). Certainty for Jira 11: likely.
package com.atlassian.jira.issue.resolution;

/** An issue's resolution (Done, Won't Do ...); present only once the issue is resolved. */
public interface Resolution {
}
