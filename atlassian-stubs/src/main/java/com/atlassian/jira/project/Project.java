// Mirrors com.atlassian.jira.project.Project (jira-api; interface), only the members used: String getKey(),
// String getName() (a project page's title) and String getLeadUserKey(). Source: ../shared/ATLASSIAN-API.md, Jira table ("Project (interface): Long getId(); String
// getKey(); String getName(); ApplicationUser getProjectLead(); String getLeadUserKey()", JDOC7, the Jira 7 javadoc). Supertypes, if any,
// are not mirrored. Certainty for Jira 11: likely.
package com.atlassian.jira.project;

/** A Jira project: the container whose policy applies to its issues. */
public interface Project {

    String getKey();

    String getName();

    String getLeadUserKey();
}
