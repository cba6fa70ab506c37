package works.async.core.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** Test fake of the policy store port with the same optimistic version rule the real stores apply. */
final class InMemoryPolicyStore implements PolicyStore {

    private final Map<PolicyScope, Policy> rows = new HashMap<>();
    int saves;

    @Override
    public Optional<Policy> find(PolicyScope scope) {
        return Optional.ofNullable(rows.get(scope));
    }

    @Override
    public Policy save(PolicyScope scope, Policy policy, long expectedVersion) {
        saves++;
        long current = find(scope).map(Policy::version).orElse(0L);
        if (current != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, "version", "Changed by someone else (now version " + current + ").");
        }
        Policy stored = policy.withVersion(current + 1);
        rows.put(scope, stored);
        return stored;
    }
}
