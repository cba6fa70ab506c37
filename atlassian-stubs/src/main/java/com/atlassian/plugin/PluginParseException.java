// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

/** Thrown from code that parses a plugin or a module's parameters. */
public class PluginParseException extends PluginException {

    public PluginParseException() {
        super();
    }

    public PluginParseException(String s) {
        super(s);
    }

    public PluginParseException(Throwable throwable) {
        super(throwable);
    }

    public PluginParseException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
