package works.async.core.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence port for the policies set at each scope; hosts implement it (Active Objects in the plugins). */
public interface PolicyStore {

    /** The policy stored for exactly this scope (no inheritance), with its version. */
    Optional<Policy> find(PolicyScope scope);

    /**
     * The policies stored for exactly these scopes, keyed by scope; a scope with nothing stored is absent. Every
     * effective policy needs its scope's whole lineage (global, container, type), so a store that can read several
     * rows in one query should: the issue view and the page view ask for it on every view.
     */
    default Map<PolicyScope, Policy> findAll(List<PolicyScope> scopes) {
        Map<PolicyScope, Policy> found = new LinkedHashMap<>();
        for (PolicyScope scope : scopes) {
            find(scope).ifPresent(policy -> found.put(scope, policy));
        }
        return found;
    }

    /**
     * Stores the policy for a scope if nobody changed it since {@code expectedVersion} was read.
     *
     * @param expectedVersion the version the caller read; 0 when nothing was stored yet
     * @return the stored policy carrying its new version ({@code expectedVersion + 1})
     * @throws works.async.core.DomainException with code {@code conflict} when the stored version differs
     */
    Policy save(PolicyScope scope, Policy policy, long expectedVersion);
}
