package works.async.jira.packaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import works.async.core.escalation.DeadlineKind;
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

    /**
     * The mail's texts: NotificationMail prefixes "async.ui.mail." to the keys it names, some ending in the deadline
     * kind. A key added there must be added here too (its own tests fail on a key the bundle lacks, for the cases
     * they drive).
     */
    @Override
    protected Map<String, Set<String>> productDynamicKeys() {
        Set<String> mail = new TreeSet<>(prefixed("async.ui.mail.", List.of("subject.gone", "subject.escalation",
                "greeting", "due", "gone", "lead.escalation", "link")));
        for (String kind : lowerNames(DeadlineKind.values())) {
            mail.addAll(prefixed("async.ui.mail.", List.of("subject.reminder." + kind, "lead.reminder." + kind,
                    "label." + kind)));
        }
        return Map.of("async.ui.mail.", mail);
    }
}
