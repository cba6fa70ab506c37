// Mirrors com.atlassian.confluence.core.SpaceContentEntityObject (confluence 8.7.2; a public ABSTRACT class extending
// ContentEntityObject), only the member used: "String getSpaceKey()" (null when the content has no space).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/SpaceContentEntityObject.java
// Not mirrored: the interface Spaced, getSpace() and the other members.
package com.atlassian.confluence.core;

/** Content that lives in a space: pages and blog posts. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    protected SpaceContentEntityObject() {
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
