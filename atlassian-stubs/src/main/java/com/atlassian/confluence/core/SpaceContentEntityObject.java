// Mirrors com.atlassian.confluence.core.SpaceContentEntityObject (Confluence 8.7.2; public abstract class extends
// ContentEntityObject implements Spaced), only the members used: Space getSpace() and String getSpaceKey() (null when
// the content has no space). The interface Spaced and the other members are left out.
// Stand-in: throws UnsupportedOperationException (tests mock the subclasses).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/SpaceContentEntityObject.java
package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Content that lives in a space: pages and blog posts. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    protected SpaceContentEntityObject() {
    }

    public Space getSpace() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
