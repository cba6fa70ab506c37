// Mirrors com.atlassian.confluence.user.ConfluenceUser (confluence 8.7.2; a public INTERFACE), only the member used:
// "UserKey getKey()" (SAL's com.atlassian.sal.api.user.UserKey).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/user/ConfluenceUser.java
// Not mirrored: the super-interfaces com.atlassian.user.User and RelatableEntity, and the default getLowerName().
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** A Confluence user. */
public interface ConfluenceUser {

    UserKey getKey();
}
