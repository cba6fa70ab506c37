// Mirrors com.atlassian.confluence.security.PermissionManager (Confluence 8.7.2; interface), only the members used:
// boolean hasPermission(@Nullable User, Permission, @Nullable Object target) and boolean
// isConfluenceAdministrator(User), where User is com.atlassian.user.User (../shared/ATLASSIAN-API.md E7). Left out:
// TARGET_APPLICATION/TARGET_SYSTEM, the Class overload, the NoExemptions variants and the rest. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; the interface is imported on Confluence 10.2 by BOOT (deftdevs/bootstrapi
// AtlassianConfig): these members likely for 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/PermissionManager.java
package com.atlassian.confluence.security;

import com.atlassian.user.User;

/** Confluence's content permissions (page restrictions and space permissions together). */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);

    boolean isConfluenceAdministrator(User user);
}
