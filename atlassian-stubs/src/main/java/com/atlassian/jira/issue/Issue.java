// Mirrors com.atlassian.jira.issue.Issue (jira-api; interface), only the members the plugin uses.
// Declaration "@PublicApi public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey": read at
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (a Jira 7+ page: getAssignee() returns
// ApplicationUser) and in a public copy of jira-api's Issue.java of Jira 6.x (WithId and WithKey from
// com.atlassian.jira.entity), which declares "String getKey();" in Issue itself, as does an older public copy (Jira 5,
// before WithId/WithKey were added).
// The other members, from ../shared/ATLASSIAN-API.md (Jira table, "Issue", JDOC7; likely for Jira 11): String getSummary(),
// ApplicationUser getAssignee(), ApplicationUser getReporter(), Project getProjectObject(), IssueType getIssueType(),
// Priority getPriority(), Resolution getResolution() (since Jira 7 the unsuffixed getters return these objects; the
// GenericValue forms are gone). Long getId() (a java.lang.Long, unlike Confluence's primitive ids; ATLASSIAN-API.md
// Issue row and trap 6; possibly declared in WithId only, which a call through Issue still resolves), for the JQL functions.
// Certainty: getKey() verified for Jira 5 and 6 (source copies), the declaration line for Jira 7+ (javadoc); all members
// likely for Jira 11 (no Jira 10/11 page or source read).
// The supertypes are NOT mirrored: the plugin calls only the members below, and mirroring them would need stand-ins for
// OfBizValueWrapper, IssueContext, WithId and WithKey whose Jira 11 members were not read (getKey() may be declared in
// WithKey in the real jar; an invokeinterface on Issue still resolves it there). @PublicApi is left out; it changes
// nothing for callers.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** A Jira issue, as Jira passes it to web panels under the context key {@code issue}. */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Project getProjectObject();

    IssueType getIssueType();

    Priority getPriority();

    Resolution getResolution();
}
