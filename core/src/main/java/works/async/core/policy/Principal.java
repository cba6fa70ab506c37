package works.async.core.policy;

import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * A user (by user key) or a group (by name) that a policy grants a role, such as coordinator.
 *
 * @param kind whether {@code name} is a user key or a group name
 * @param name the user key or group name, exactly as the host knows it
 */
public record Principal(Kind kind, String name) {

    /** What the name refers to. */
    public enum Kind { USER, GROUP }

    public Principal {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "name", "A " + kind.name().toLowerCase() + " needs a name.");
        }
    }

    public static Principal user(String userKey) {
        return new Principal(Kind.USER, userKey);
    }

    public static Principal group(String groupName) {
        return new Principal(Kind.GROUP, groupName);
    }
}
