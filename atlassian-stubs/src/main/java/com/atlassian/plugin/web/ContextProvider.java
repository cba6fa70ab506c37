// Mirrors com.atlassian.plugin.web.ContextProvider (atlassian-plugins-webfragment-api): init(Map<String,String>) throws
// PluginParseException, Map<String,Object> getContextMap(Map<String,Object>); see the implementing class
// https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
// (same package) and the public source of NoOpContextProvider / decompiled ContextProvider in the public code index.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Adds entries to the context of a web fragment (web panel, web item) before it is rendered. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
