package works.async.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.Map;

/** Factory of the "Ownership confirmed" validator module: its views and its arg. */
public final class OwnershipConfirmedValidatorFactory extends OwnershipConfirmedFactory
        implements WorkflowPluginValidatorFactory {

    @Override
    Map<?, ?> args(AbstractDescriptor descriptor) {
        return ((ValidatorDescriptor) descriptor).getArgs();
    }
}
