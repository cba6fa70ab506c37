// Mirrors com.atlassian.confluence.pages.PageManager (Confluence 8.7.2; interface extends ContentEntityManager and
// more), only the member used: @Nullable AbstractPage getAbstractPage(long id) (primitive long). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; likely for Confluence 10 (../shared/ATLASSIAN-API.md C).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/PageManager.java
package com.atlassian.confluence.pages;

/** Confluence's pages and blog posts. */
public interface PageManager {

    AbstractPage getAbstractPage(long id);
}
