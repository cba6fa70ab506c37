// Mirrors com.atlassian.confluence.pages.Page (confluence 8.7.2; a public class extending AbstractPage). No member of
// its own is used: the plugin tells a page from other comment containers with instanceof, and reads its id and space
// key through the supertypes.
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/Page.java
// Not mirrored: the interfaces Hierarchical<Page> and ContentConvertible, the public constructor, CONTENT_TYPE and
// every other member.
package com.atlassian.confluence.pages;

/** A Confluence page. */
public class Page extends AbstractPage {

    protected Page() {
        // The real class has a public no-argument constructor the plugin never calls; tests mock pages.
    }

    /** The content type, "page" (ContentEntityObject declares it abstract; the real class implements it). */
    @Override
    public String getType() {
        throw new UnsupportedOperationException("stand-in");
    }
}
