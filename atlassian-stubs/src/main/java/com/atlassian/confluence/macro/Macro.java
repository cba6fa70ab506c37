// Mirrors com.atlassian.confluence.macro.Macro (Confluence 4.0+, unchanged through 9.x):
// https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
// execute(Map<String,String>, String, ConversionContext) throws MacroExecutionException, getBodyType(), getOutputType();
// the nested enums' constants as listed in ATLASSIAN.md (NONE, PLAIN_TEXT, RICH_TEXT; BLOCK, INLINE).
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Represents a Confluence macro. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** The type of body a macro has. */
    enum BodyType { NONE, PLAIN_TEXT, RICH_TEXT }

    /** Whether a macro renders as a block or inline. */
    enum OutputType { BLOCK, INLINE }
}
