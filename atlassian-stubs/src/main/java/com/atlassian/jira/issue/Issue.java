// Mirrors com.atlassian.jira.issue.Issue (jira-api), only the members used: String getKey(), Project getProjectObject().
// Declaration "@PublicApi public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey": read at
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (a Jira 7+ page: getAssignee() returns
// ApplicationUser) and in a public copy of jira-api's Issue.java of Jira 6.x (WithId and WithKey from
// com.atlassian.jira.entity), which declares "String getKey();" in Issue itself, as does an older public copy (Jira 5,
// before WithId/WithKey were added). ATLASSIAN-API.md lists getKey() for Jira 11 as "likely" (JDOC7).
// Certainty: getKey() verified for Jira 5 and 6 (source copies), the declaration line for Jira 7+ (javadoc); both
// likely for Jira 11 (no Jira 10/11 page or source read).
// getProjectObject(): ATLASSIAN-API.md B, Issue row (JDOC7; returns com.atlassian.jira.project.Project); likely for
// Jira 11. The issue event listener reads it for a deleted issue, which ItemAccess can no longer find.
// The supertypes are NOT mirrored: the plugin calls only these two, and mirroring them would need stand-ins for
// OfBizValueWrapper, IssueContext, WithId and WithKey whose Jira 11 members were not read. @PublicApi
// (atlassian-annotations) is left out too; it changes nothing for callers.
package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

/** A Jira issue, as Jira passes it to web panels under the context key {@code issue}. */
public interface Issue {

    String getKey();

    Project getProjectObject();
}
