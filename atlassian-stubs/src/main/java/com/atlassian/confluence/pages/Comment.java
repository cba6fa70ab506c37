// Mirrors com.atlassian.confluence.pages.Comment (confluence 8.7.2; a public class extending
// com.atlassian.confluence.core.ContentEntityObject), only the member used: "@Nullable ContentEntityObject
// getContainer()" (the page, blog post or other content the comment is on).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/Comment.java
// Not mirrored: the interfaces (HasLinkWikiMarkup, Spaced, ContentConvertible, Contained), the public constructor, the
// constants and every other member. The checker-framework @Nullable is left out; it changes nothing for callers.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/** A comment on a page, blog post or other content. */
public class Comment extends ContentEntityObject {

    protected Comment() {
        // The real class has a public no-argument constructor the plugin never calls; tests mock comments.
    }

    public ContentEntityObject getContainer() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The content type, "comment" (ContentEntityObject declares it abstract; the real class implements it). */
    @Override
    public String getType() {
        throw new UnsupportedOperationException("stand-in");
    }
}
