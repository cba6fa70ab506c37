package works.async.core.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import works.async.core.DomainEvent;

/**
 * A policy was changed at a scope; open requests keep their due times, new ones use the new policy.
 *
 * @param scope         where it was changed
 * @param policy        the policy now stored there, with its new version
 * @param changedFields paths of the fields whose setting differs from before (empty when nothing did)
 * @param at            when, from the injected clock
 */
public record PolicyChanged(PolicyScope scope, Policy policy, List<String> changedFields, Instant at) implements DomainEvent {

    public PolicyChanged {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(policy, "policy");
        changedFields = List.copyOf(changedFields);
        Objects.requireNonNull(at, "at");
    }
}
