package works.async.core.ownership;

import java.util.List;
import java.util.Objects;

/**
 * The result of an ownership operation: the request as it now stands and what happened
 * (empty when the act was a harmless repeat).
 */
public record OwnershipChange(OwnershipRequest request, List<OwnershipEvent> events) {

    public OwnershipChange {
        Objects.requireNonNull(request, "request");
        events = List.copyOf(events);
    }

    static OwnershipChange unchanged(OwnershipRequest request) {
        return new OwnershipChange(request, List.of());
    }
}
