// Mirrors com.atlassian.confluence.content.render.xhtml.ConversionContext (an interface), only the member used:
// getSpaceKey() "The spacekey for the current context if applicable or null otherwise", as documented on its
// implementation https://docs.atlassian.com/atlassian-confluence/5.4.2/com/atlassian/confluence/content/render/xhtml/DefaultConversionContext.html
package com.atlassian.confluence.content.render.xhtml;

/** The context a macro is rendered in (page, space, output type). */
public interface ConversionContext {

    String getSpaceKey();
}
