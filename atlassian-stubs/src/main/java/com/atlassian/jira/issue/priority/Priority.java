// Mirrors com.atlassian.jira.issue.priority.Priority (jira-api; interface extending IssueConstant), only the member used:
// String getName() (declared in IssueConstant in the real jar; resolved there through Priority). ../shared/ATLASSIAN-API.md
// names the type as the return of Issue.getPriority() (JDOC7, the Jira 7 javadoc) but not its package; the package is the one public Jira
// plugin sources found in the public code index import ("import com.atlassian.jira.issue.priority.Priority;", several
// plugins, Jira 6-8 era, some calling getName() on it). Certainty for Jira 11: likely.
package com.atlassian.jira.issue.priority;

/** An issue's priority; the policy picks the reply window by its name. */
public interface Priority {

    String getName();
}
