// Mirrors https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
// (source: https://docs.atlassian.com/atlassian-plugins-parent/2.11.2-m2/xref/com/atlassian/plugin/web/Condition.html).
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Decides whether a web fragment is displayed. */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
