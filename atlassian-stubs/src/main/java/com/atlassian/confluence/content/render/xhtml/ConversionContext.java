// Mirrors com.atlassian.confluence.content.render.xhtml.ConversionContext (an interface), only the members used:
// getSpaceKey() "The spacekey for the current context if applicable or null otherwise", as documented on its
// implementation https://docs.atlassian.com/atlassian-confluence/5.4.2/com/atlassian/confluence/content/render/xhtml/DefaultConversionContext.html
// getEntity() (@Nullable ContentEntityObject) and getProperty(String) (Object): verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.java
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** The context a macro is rendered in (page, space, output type). */
public interface ConversionContext {

    String getSpaceKey();

    /** The content being rendered (the page), or null. */
    ContentEntityObject getEntity();

    /** A property of the rendering; while a macro executes, "macroDefinition" holds its MacroDefinition. */
    Object getProperty(String name);
}
