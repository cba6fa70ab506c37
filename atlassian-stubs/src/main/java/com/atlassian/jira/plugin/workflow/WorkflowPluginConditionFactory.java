// Mirrors com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory (jira-api; marker interface).
// Source: a public copy of jira-api's com/atlassian/jira/plugin/workflow sources (Jira 6/7 era, read via the code
// search) and ../shared/ATLASSIAN-API.md (Jira table: J6SRC; the Jira 10.3 javadoc lists the package).
// Jira's own WorkflowAllowOnlyReporterConditionFactoryImpl implements it; the developer page on workflow modules
// (updated Jan 2026) says a condition's class must. Certainty: likely for Jira 11.
package com.atlassian.jira.plugin.workflow;

/** The factory type a {@code <workflow-condition>} module's class must have. */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
