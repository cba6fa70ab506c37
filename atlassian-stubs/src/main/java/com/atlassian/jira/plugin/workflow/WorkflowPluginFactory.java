// Mirrors com.atlassian.jira.plugin.workflow.WorkflowPluginFactory (jira-api; interface).
// Source: a public copy of jira-api's com/atlassian/jira/plugin/workflow sources (Jira 6/7 era, read via the code
// search) and ../shared/ATLASSIAN-API.md (Jira table: J6SRC; the Jira 10.3 javadoc lists the package).
// "Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor)";
// "Map<String, ?> getDescriptorParams(Map<String, Object> formParams)". Certainty: likely for Jira 11.
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Configures a workflow module: the parameters of its three Velocity views, and its args from the form. */
public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
