package works.async.jira.workflow;

import com.atlassian.jira.issue.Issue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * Reads the standing of the ownership request of the issue a transition is about, from the store directly: Jira has
 * already decided who may see and move the issue, and a workflow check must also work for automation users, so the
 * caller's view permission is not asked again (unlike {@code OwnershipActions.current}).
 */
final class CurrentOwnership {

    /** Where Jira puts the issue for validators and conditions. */
    static final String ISSUE_VAR = "issue";

    private static final Logger LOG = Logger.getLogger(CurrentOwnership.class.getName());

    private final OwnershipRequestStore store;

    CurrentOwnership(OwnershipRequestStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    OwnershipStanding of(Map<?, ?> transientVars) {
        Object value = transientVars == null ? null : transientVars.get(ISSUE_VAR);
        if (!(value instanceof Issue issue)) {
            LOG.warning("A workflow ownership check got no issue; it does not pass.");
            return OwnershipStanding.UNREADABLE;
        }
        if (issue.getKey() == null) {
            // The create transition: the issue has no key yet, so nobody can have been asked to own it.
            return OwnershipStanding.NO_REQUEST;
        }
        try {
            ItemRef ref = ItemRef.issue(issue.getProjectObject().getKey(), issue.getKey());
            return standing(store.findCurrent(ref));
        } catch (RuntimeException e) {
            // Fail closed: a check that is required must not pass because the database did not answer.
            LOG.log(Level.WARNING, "Could not read the ownership of " + issue.getKey() + "; the check does not pass.", e);
            return OwnershipStanding.UNREADABLE;
        }
    }

    private static OwnershipStanding standing(Optional<OwnershipRequest> current) {
        if (current.isEmpty()) {
            return OwnershipStanding.NO_REQUEST;
        }
        return switch (current.get().state()) {
            case CONFIRMED -> OwnershipStanding.CONFIRMED;
            case REQUESTED -> OwnershipStanding.WAITING;
            case DECLINED -> OwnershipStanding.DECLINED;
            // Ended without a successor: the request no longer says who owns the issue.
            case SUPERSEDED, WITHDRAWN -> OwnershipStanding.NO_REQUEST;
        };
    }
}
