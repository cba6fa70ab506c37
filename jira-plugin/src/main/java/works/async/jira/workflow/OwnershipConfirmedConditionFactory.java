package works.async.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import java.util.Map;

/** Factory of the "Ownership confirmed" condition module: its views and its arg. */
public final class OwnershipConfirmedConditionFactory extends OwnershipConfirmedFactory
        implements WorkflowPluginConditionFactory {

    @Override
    Map<?, ?> args(AbstractDescriptor descriptor) {
        return ((ConditionDescriptor) descriptor).getArgs();
    }
}
