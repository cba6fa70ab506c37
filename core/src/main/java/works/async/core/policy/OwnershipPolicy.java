package works.async.core.policy;

import java.time.Duration;
import java.util.Set;

/**
 * Rules for confirming ownership; a null field inherits from the less specific scope.
 *
 * @param confirmationRequired whether a new owner must confirm
 * @param confirmationWindow   working time the owner has to confirm, counted in the owner's calendar
 * @param coordinators         users and groups who may confirm on an owner's behalf (empty = nobody)
 */
public record OwnershipPolicy(Boolean confirmationRequired, Duration confirmationWindow, Set<Principal> coordinators) {

    private static final OwnershipPolicy INHERIT = new OwnershipPolicy(null, null, null);

    public OwnershipPolicy {
        coordinators = Copies.set(coordinators, "ownership.coordinators");
    }

    public static OwnershipPolicy inherit() {
        return INHERIT;
    }
}
