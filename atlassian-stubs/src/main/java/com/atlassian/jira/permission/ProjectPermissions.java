// Mirrors com.atlassian.jira.permission.ProjectPermissions (jira-api; class of static fields), only the constants used:
// "public static final ProjectPermissionKey BROWSE_PROJECTS, ADMINISTER_PROJECTS, EDIT_ISSUES". Source:
// ../shared/ATLASSIAN-API.md, Jira table (JDOC7, the Jira 7 javadoc). They are objects, so callers read them with getstatic (nothing is
// inlined): the real jar's instances are the ones used at run time, and the key strings below matter only in tests.
// Certainty for Jira 11: likely.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Jira's built-in project permissions. */
public final class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    private ProjectPermissions() {
        throw new UnsupportedOperationException("stand-in");
    }
}
