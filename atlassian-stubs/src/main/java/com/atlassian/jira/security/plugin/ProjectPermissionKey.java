// Mirrors com.atlassian.jira.security.plugin.ProjectPermissionKey (jira-api; a final value class keyed by a String).
// The package is verified in ../shared/ATLASSIAN-API.md ("com.atlassian.jira.security.plugin.ProjectPermissionKey", JSW
// signatures); the plugin uses no member of it, only passes the ProjectPermissions constants on. Declared final, as in
// the Jira 7 javadoc (from memory, not read in this session; finality has no linkage effect for callers). The public
// constructor ProjectPermissionKey(String) is mirrored so ProjectPermissions can create its constants.
// Certainty for Jira 11: likely.
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
