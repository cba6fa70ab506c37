// Mirrors com.atlassian.templaterenderer.RenderingException (extends RuntimeException; constructors
// (String, Throwable), (String), (Throwable)) from the public atlassian-template-renderer-api source,
// thrown by https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
package com.atlassian.templaterenderer;

/** Thrown when a template cannot be rendered. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
