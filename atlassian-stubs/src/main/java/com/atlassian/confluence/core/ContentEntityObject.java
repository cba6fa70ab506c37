// Mirrors com.atlassian.confluence.core.ContentEntityObject (an abstract class), only the members used.
// getBodyAsString() is its own; getId() (long) is inherited from com.atlassian.core.bean.EntityObject in the real type
// (declared here so the stand-in stays one class). Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityObject.java
package com.atlassian.confluence.core;

/** A piece of Confluence content (page, blog post, comment) with its body in storage format. */
public abstract class ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("stand-in");
    }
}
