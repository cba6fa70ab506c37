// Mirrors com.atlassian.confluence.pages.AbstractPage (Confluence 8.7.2): read in the decompiled confluence-8.7.2 jar,
// com/atlassian/confluence/pages/AbstractPage.java ("public abstract class AbstractPage extends
// SpaceContentEntityObject"). No member of its own is used; unchanged in 10 is unverified.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** A page or a blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
