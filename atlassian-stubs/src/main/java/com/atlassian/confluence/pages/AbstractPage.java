// Mirrors com.atlassian.confluence.pages.AbstractPage (Confluence 8.7.2; public abstract class extends
// SpaceContentEntityObject implements HasLinkWikiMarkup): what PageManager.getAbstractPage(long) answers (a page or a
// blog post). No member of its own is used. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/AbstractPage.java
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** A page or a blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
