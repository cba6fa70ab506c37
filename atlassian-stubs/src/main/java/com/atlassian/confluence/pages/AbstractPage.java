// Mirrors com.atlassian.confluence.pages.AbstractPage (an abstract class extending ContentEntityObject through
// SpaceContentEntityObject in the real type); no member of its own is used. Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/AbstractPage.java
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/** A page or blog post. */
public abstract class AbstractPage extends ContentEntityObject {
}
