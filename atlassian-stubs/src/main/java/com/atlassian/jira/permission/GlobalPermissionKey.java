// Mirrors com.atlassian.jira.permission.GlobalPermissionKey (jira-api; final class), only the constants used:
// "public static final GlobalPermissionKey ADMINISTER" and "USER_PICKER" ("Browse users"; the latest Jira javadoc,
// docs.atlassian.com/jira/latest, lists it too) (objects: read with getstatic, never inlined). Source:
// ../shared/ATLASSIAN-API.md, Jira table ("GlobalPermissionKey (final class): ADMINISTER, SYSTEM_ADMIN, USER_PICKER ...;
// static of(String); String getKey()", JDOC7, the Jira 7 javadoc). The real class builds its constants through of(String); the private
// constructor here is the stand-in's own. Certainty for Jira 11: likely.
package com.atlassian.jira.permission;

/** Names a Jira global permission; ADMINISTER is "Jira Administrators", USER_PICKER is "Browse users". */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey USER_PICKER = new GlobalPermissionKey("USER_PICKER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
