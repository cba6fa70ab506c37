// Mirrors com.atlassian.confluence.macro.MacroExecutionException (a checked exception thrown by Macro#execute):
// https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/MacroExecutionException.html
// Constructors (String), (Throwable), (String, Throwable).
package com.atlassian.confluence.macro;

/** A macro could not be rendered; Confluence shows the message in place of the macro. */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
