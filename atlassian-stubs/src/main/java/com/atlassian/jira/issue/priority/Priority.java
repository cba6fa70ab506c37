// Mirrors com.atlassian.jira.issue.priority.Priority (jira-api; interface extending IssueConstant), only the member used:
// String getName() (declared in IssueConstant in the real jar; resolved there through Priority). ../shared/ATLASSIAN-API.md
// names the type as the return of Issue.getPriority() (JDOC7) but not its package; the package
// com.atlassian.jira.issue.priority is from memory of the Jira 7 javadoc, not read in this session.
// Certainty for Jira 11: likely (type and getName), package unverified here (check against jira-api before release).
package com.atlassian.jira.issue.priority;

/** An issue's priority; the policy picks the reply window by its name. */
public interface Priority {

    String getName();
}
