package works.async.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * Workflow condition "Ownership confirmed": offers the transition only when the current ownership request is
 * confirmed (or there is none and the {@code allow-unowned} arg allows that). An unreadable request hides it, as a
 * condition cannot explain itself and a required check must not pass unseen.
 */
public final class OwnershipConfirmedCondition implements Condition {

    private final CurrentOwnership ownership;

    public OwnershipConfirmedCondition(OwnershipRequestStore store) {
        this.ownership = new CurrentOwnership(store);
    }

    @Override
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return ownership.of(transientVars).passes(AllowUnowned.in(args));
    }
}
