package works.async.core.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyStore;

/** Test fake of the policy store port, so schedule tests run against the real policy service. */
final class InMemoryPolicyStore implements PolicyStore {

    private final Map<PolicyScope, Policy> rows = new HashMap<>();

    @Override
    public Optional<Policy> find(PolicyScope scope) {
        return Optional.ofNullable(rows.get(scope));
    }

    @Override
    public Policy save(PolicyScope scope, Policy policy, long expectedVersion) {
        long current = find(scope).map(Policy::version).orElse(0L);
        if (current != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, "version", "Changed elsewhere.");
        }
        Policy stored = policy.withVersion(current + 1);
        rows.put(scope, stored);
        return stored;
    }
}
