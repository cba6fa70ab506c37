package works.async.jira.packaging;

import java.util.Map;

import works.async.plugin.packaging.DescriptorContract;

/** The Jira descriptor against its classes, texts and templates (see {@link DescriptorContract}). */
class JiraDescriptorTest extends DescriptorContract {

    @Override
    protected Map<String, String> productSlots() {
        return Map.of(
                "workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
                "workflow-validator/validator-class", "com.opensymphony.workflow.Validator",
                "workflow-condition", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory",
                "workflow-condition/condition-class", "com.opensymphony.workflow.Condition",
                "jql-function", "com.atlassian.jira.plugin.jql.function.JqlFunction");
    }
}
