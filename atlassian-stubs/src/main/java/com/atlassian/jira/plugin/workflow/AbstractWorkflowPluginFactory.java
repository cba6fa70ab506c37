// Mirrors com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory (jira-api; abstract class implements
// WorkflowPluginFactory).
// Source: a public copy of jira-api's com/atlassian/jira/plugin/workflow sources (Jira 6/7 era, read via the code
// search) and ../shared/ATLASSIAN-API.md (Jira table: J6SRC; the Jira 10.3 javadoc lists the package).
// Read: "public Map<String, Object> getVelocityParams(final String resourceName, final AbstractDescriptor descriptor)"
// dispatching on "view" / "input-parameters" / "edit-parameters" to the three protected abstract methods below;
// getDescriptorParams stays abstract. Certainty: likely for Jira 11.
// Left out (unused): the helpers extractSingleParam(Map<String,Object>, String) (throws IllegalArgumentException on a
// missing param, so an unticked checkbox cannot go through it), extractMultipleParams and createMap.
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Base of workflow module factories: Jira calls getVelocityParams, which fills the view's map via the hooks. */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("stand-in");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
