// Mirrors com.atlassian.confluence.pages.AbstractPage (confluence 8.7.2; a public ABSTRACT class extending
// com.atlassian.confluence.core.SpaceContentEntityObject), kept only as the supertype that makes Page a
// SpaceContentEntityObject; none of its own members is used.
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/AbstractPage.java
// Not mirrored: the interface HasLinkWikiMarkup and every member.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** A page or a blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {

    protected AbstractPage() {
    }
}
