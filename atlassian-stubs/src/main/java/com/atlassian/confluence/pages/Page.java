// Mirrors com.atlassian.confluence.pages.Page (a class extending AbstractPage); no member of its own is used.
// Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/Page.java
package com.atlassian.confluence.pages;

/** A Confluence page. */
public class Page extends AbstractPage {
}
