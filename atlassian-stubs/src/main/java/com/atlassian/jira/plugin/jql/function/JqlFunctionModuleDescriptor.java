// Mirrors com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor (jira-api; interface extending
// JiraResourcedModuleDescriptor<JqlFunction>), no member: the plugin only passes it through JqlFunction.init. Source: a
// public copy of jira-api's JqlFunctionModuleDescriptor.java (Jira 6: interface, getFunctionName(), isList()); the
// supertype is not mirrored. Certainty for Jira 11: likely.
package com.atlassian.jira.plugin.jql.function;

/** The {@code <jql-function>} module a function was created for. */
public interface JqlFunctionModuleDescriptor {
}
