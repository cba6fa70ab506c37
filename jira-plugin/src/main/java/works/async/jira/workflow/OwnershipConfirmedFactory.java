package works.async.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * What the validator's and the condition's factories share: the three views get {@code allowUnowned} (a Boolean,
 * false for a new check), and the form's field becomes the {@code allow-unowned} arg. The subclasses only say how
 * their descriptor type hands over its args. Public, so that the inherited public methods stay reachable when the
 * host calls them reflectively on the subclass.
 */
public abstract class OwnershipConfirmedFactory extends AbstractWorkflowPluginFactory {

    /** The Velocity parameter the templates read. */
    static final String ALLOW_UNOWNED_PARAM = "allowUnowned";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(ALLOW_UNOWNED_PARAM, Boolean.FALSE);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(ALLOW_UNOWNED_PARAM, AllowUnowned.in(args(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(ALLOW_UNOWNED_PARAM, AllowUnowned.in(args(descriptor)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of(AllowUnowned.ARG, AllowUnowned.fromForm(formParams));
    }

    /** The descriptor's raw args map. */
    abstract Map<?, ?> args(AbstractDescriptor descriptor);
}
