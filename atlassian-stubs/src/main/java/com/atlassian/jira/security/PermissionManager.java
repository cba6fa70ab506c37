// Mirrors com.atlassian.jira.security.PermissionManager (jira-api; interface), only the members used:
// "boolean hasPermission(ProjectPermissionKey, Issue, ApplicationUser)" and
// "boolean hasPermission(ProjectPermissionKey, Project, ApplicationUser)". Source: ../shared/ATLASSIAN-API.md, Jira
// table (JDOC7, the Jira 7 javadoc method list); package verified there (JSW signatures). Certainty for Jira 11: likely.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's project permission checks, through the project's permission scheme. */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
