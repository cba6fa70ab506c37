// Mirrors com.atlassian.jira.project.ProjectManager (jira-api; interface), only the member used:
// "@Nullable Project getProjectObjByKey(String key)". Source: ../shared/ATLASSIAN-API.md, Jira table (ProjectManager,
// "general"). Certainty for Jira 11: likely.
package com.atlassian.jira.project;

/** Jira's projects; returns null for a key no project has. */
public interface ProjectManager {

    Project getProjectObjByKey(String key);
}
