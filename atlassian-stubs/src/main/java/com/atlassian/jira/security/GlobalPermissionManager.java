// Mirrors com.atlassian.jira.security.GlobalPermissionManager (jira-api; interface), only the member used:
// "boolean hasPermission(GlobalPermissionKey, ApplicationUser)". Source: ../shared/ATLASSIAN-API.md, Jira table (JDOC7, the Jira 7 javadoc;
// bootstrapi imports the type on Jira 11.3). Certainty for Jira 11: likely.
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's global permission checks (Jira administrators, system administrators ...). */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
