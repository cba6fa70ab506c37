// Mirrors com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory (jira-api; marker interface).
// Source: a public copy of jira-api's com/atlassian/jira/plugin/workflow sources (Jira 6/7 era, read via the code
// search) and ../shared/ATLASSIAN-API.md (Jira table: J6SRC; the Jira 10.3 javadoc lists the package).
// Jira 7.0.8 javadoc: WorkflowPermissionValidatorPluginFactory implements it; public plugins implement it beside
// AbstractWorkflowPluginFactory. Certainty: likely for Jira 11.
package com.atlassian.jira.plugin.workflow;

/** The factory type a {@code <workflow-validator>} module's class must have. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
