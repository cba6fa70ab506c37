package works.async.core.policy;

import java.util.Optional;

/** Persistence port for the policies set at each scope; hosts implement it (Active Objects in the plugins). */
public interface PolicyStore {

    /** The policy stored for exactly this scope (no inheritance), with its version. */
    Optional<Policy> find(PolicyScope scope);

    /**
     * Stores the policy for a scope if nobody changed it since {@code expectedVersion} was read.
     *
     * @param expectedVersion the version the caller read; 0 when nothing was stored yet
     * @return the stored policy carrying its new version ({@code expectedVersion + 1})
     * @throws works.async.core.DomainException with code {@code conflict} when the stored version differs
     */
    Policy save(PolicyScope scope, Policy policy, long expectedVersion);
}
