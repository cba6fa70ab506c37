// Mirrors com.atlassian.user.Group (atlassian-user 3.0, as Confluence 8.7.2 ships it; interface extends Entity, no
// members of its own). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/Group.java
package com.atlassian.user;

/** A group of Confluence's user model, named by {@link #getName()}. */
public interface Group extends Entity {
}
