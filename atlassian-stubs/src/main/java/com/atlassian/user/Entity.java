// Mirrors com.atlassian.user.Entity (atlassian-user 3.0, as Confluence 8.7.2 ships it; interface extends Serializable),
// all its members: String getName(). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10 (ATLASSIAN-API.md C: BOOT implements
// com.atlassian.user.User on 10.2 with getName/getFullName/getEmail).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/Entity.java
package com.atlassian.user;

import java.io.Serializable;

/** A user or a group of Confluence's user model. */
public interface Entity extends Serializable {

    String getName();
}
