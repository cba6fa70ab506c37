// Mirrors com.atlassian.confluence.user.ConfluenceUser (Confluence 8.7.2; interface extends com.atlassian.user.User
// and com.atlassian.confluence.internal.relations.RelatableEntity), only the member used: UserKey getKey() (SAL's
// UserKey). Left out: RelatableEntity (an internal package, no member used) and the default getLowerName().
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; likely for Confluence 10 (../shared/ATLASSIAN-API.md C).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/user/ConfluenceUser.java
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** A Confluence person, with the stable key agreements store. */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
