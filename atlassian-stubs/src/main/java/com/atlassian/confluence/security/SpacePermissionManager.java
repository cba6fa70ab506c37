// Mirrors com.atlassian.confluence.security.SpacePermissionManager (Confluence 8.7.2; interface extends
// SpacePermissionSaver), only the member used: boolean hasPermission(String permissionType, @Nullable Space,
// @Nullable User) (com.atlassian.user.User). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; the interface is used on Confluence 10.2 by BOOT (deftdevs/bootstrapi
// PermissionsServiceImpl): this member likely for 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/SpacePermissionManager.java
package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;

/** Confluence's space permissions. */
public interface SpacePermissionManager {

    boolean hasPermission(String permissionType, Space space, User user);
}
