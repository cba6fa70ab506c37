// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html
// (superclass of PluginParseException, a RuntimeException).
package com.atlassian.plugin;

/** Generic plugin exception. */
public class PluginException extends RuntimeException {

    public PluginException() {
        super();
    }

    public PluginException(String s) {
        super(s);
    }

    public PluginException(Throwable throwable) {
        super(throwable);
    }

    public PluginException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
