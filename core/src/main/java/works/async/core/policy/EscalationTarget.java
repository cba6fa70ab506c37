package works.async.core.policy;

import java.util.Objects;

/**
 * Who hears about a breached window: the item's reporter, the project or space lead, or a named group.
 *
 * @param kind  the kind of target
 * @param group the group name when {@code kind} is GROUP (checked by validation, so that every problem is
 *              reported together); ignored and stored as null for the other kinds
 */
public record EscalationTarget(Kind kind, String group) {

    /** The kinds of escalation target. */
    public enum Kind { REPORTER, CONTAINER_LEAD, GROUP }

    public EscalationTarget {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.GROUP) {
            group = null;
        }
    }

    public static EscalationTarget reporter() {
        return new EscalationTarget(Kind.REPORTER, null);
    }

    public static EscalationTarget containerLead() {
        return new EscalationTarget(Kind.CONTAINER_LEAD, null);
    }

    public static EscalationTarget group(String groupName) {
        return new EscalationTarget(Kind.GROUP, groupName);
    }
}
