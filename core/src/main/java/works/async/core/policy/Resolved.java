package works.async.core.policy;

import java.util.Objects;

/**
 * A resolved policy value and the scope that set it, so the UI can say "inherited from global".
 *
 * @param value  the effective value, never null
 * @param source the most specific scope that set it (values built into the product count as global)
 */
public record Resolved<T>(T value, PolicyScope source) {

    public Resolved {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** True when the value was set at the scope being asked about rather than inherited. */
    public boolean setAt(PolicyScope scope) {
        return source.equals(scope);
    }
}
