// Mirrors com.atlassian.jira.security.plugin.ProjectPermissionKey (jira-api; a final value class keyed by a String).
// The package is verified in ../shared/ATLASSIAN-API.md ("com.atlassian.jira.security.plugin.ProjectPermissionKey", JSW
// signatures); "public final class ProjectPermissionKey" with "public ProjectPermissionKey(@Nonnull String)" was read in
// a public copy of jira-api's source (Jira 6.x/7 era; it also has a deprecated int constructor and
// "String permissionKey()", not mirrored). The plugin uses no member of it, only passes the ProjectPermissions constants
// on; the String constructor is mirrored so ProjectPermissions can create its constants, and toString() (the key) only
// makes test failures readable. A small value class: real behaviour. Certainty for Jira 11: likely.
package com.atlassian.jira.security.plugin;

/** Names a project permission (browse, edit ...), as PermissionManager takes it. */
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
