// Mirrors com.atlassian.jira.issue.resolution.Resolution (jira-api; interface extending IssueConstant). No member is used:
// the plugin only tests Issue.getResolution() for null (an unresolved issue has none). ../shared/ATLASSIAN-API.md names
// the type as the return of Issue.getResolution() (JDOC7) but not its package; the package
// com.atlassian.jira.issue.resolution is from memory of the Jira 7 javadoc, not read in this session.
// Certainty for Jira 11: likely (type), package unverified here (check against jira-api before release).
package com.atlassian.jira.issue.resolution;

/** An issue's resolution (Done, Won't Do ...); present only once the issue is resolved. */
public interface Resolution {
}
