// Mirrors com.atlassian.jira.project.Project (jira-api; interface), only the members used: Long getId(), String
// getKey(), String getName(), String getLeadUserKey() and Collection<IssueType> getIssueTypes() (the issue types of
// the project's issue type scheme). Source: ../shared/ATLASSIAN-API.md, Jira table ("Project (interface): Long
// getId(); String getKey(); String getName(); ApplicationUser getProjectLead(); String getLeadUserKey()", JDOC7, the
// Jira 7 javadoc); getIssueTypes() from a public copy of Jira's ProjectImpl source, where it carries @Override
// ("public Collection<IssueType> getIssueTypes()", J6SRC). Supertypes, if any, are not mirrored. Certainty for
// Jira 11: likely.
package com.atlassian.jira.project;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

/** A Jira project: the container whose policy applies to its issues. */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    String getLeadUserKey();

    Collection<IssueType> getIssueTypes();
}
