// Mirrors com.atlassian.confluence.spaces.SpaceManager (Confluence 8.7.2; interface), only the member used:
// @Nullable Space getSpace(@Nullable String spaceKey). Left out: getSpace(long) and the rest. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/spaces/SpaceManager.java
package com.atlassian.confluence.spaces;

/** Confluence's spaces, by key. */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
