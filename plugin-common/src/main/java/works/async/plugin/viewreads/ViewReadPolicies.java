package works.async.plugin.viewreads;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyStore;

/**
 * A policy store that reads each scope's lineage once per view: the panel's windows, its people's calendars and
 * the macros each resolve the same effective policy. Saving forgets the view's reads.
 */
public final class ViewReadPolicies implements PolicyStore {

    private final PolicyStore store;
    private final ViewReads reads;

    public ViewReadPolicies(PolicyStore store, ViewReads reads) {
        this.store = Objects.requireNonNull(store, "store");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public Optional<Policy> find(PolicyScope scope) {
        return reads.once(List.of(ViewReadPolicies.class, scope), () -> store.find(scope));
    }

    @Override
    public Map<PolicyScope, Policy> findAll(List<PolicyScope> scopes) {
        List<PolicyScope> key = List.copyOf(scopes);
        return reads.once(List.of(ViewReadPolicies.class, key), () -> Map.copyOf(store.findAll(key)));
    }

    @Override
    public Policy save(PolicyScope scope, Policy policy, long expectedVersion) {
        reads.forget();
        try {
            return store.save(scope, policy, expectedVersion);
        } finally {
            reads.forget();
        }
    }
}
