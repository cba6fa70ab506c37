// Mirrors com.atlassian.jira.project.Project (jira-api; interface), only the member used: String getKey().
// Source: ../shared/ATLASSIAN-API.md B, Project row (Jira 7 javadoc, JDOC7). Certainty: likely for Jira 11.
// Left out: getId(), getName(), getProjectLead(), getLeadUserKey() and the supertypes (never called).
package com.atlassian.jira.project;

/** A Jira project; its key is the container key of the plugin's item references. */
public interface Project {

    String getKey();
}
