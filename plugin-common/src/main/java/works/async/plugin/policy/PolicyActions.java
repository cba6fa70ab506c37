package works.async.plugin.policy;

import java.util.Objects;

import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyChanged;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.plugin.access.Access;
import works.async.plugin.access.Tx;

/** Reading and changing the global, project and space policies, each by the people allowed to. */
public final class PolicyActions {

    private final PolicyService policies;
    private final Access access;
    private final Tx tx;

    public PolicyActions(PolicyService policies, Access access, Tx tx) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.access = Objects.requireNonNull(access, "access");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /**
     * A scope's policy for reading or editing: what it sets itself (null = inherit) and what is in force, with the
     * scope each value comes from.
     *
     * @param scope     the scope asked about
     * @param own       what this scope sets, with the version an edit must start from
     * @param effective the values in force after inheritance
     */
    public record PolicyView(PolicyScope scope, Policy own, EffectivePolicy effective) {
    }

    /** Everyone signed in sees the global agreement; a project's or space's needs access to that container. */
    public PolicyView get(PolicyScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (!scope.isGlobal()) {
            access.requireContainerViewer(scope.containerKind(), scope.containerKey());
        } else {
            access.requireSignedIn();
        }
        return new PolicyView(scope, policies.get(scope), policies.effective(scope));
    }

    /** Refuses callers who may not change the scope's policy, before their draft is even read. */
    public void requireAdmin(PolicyScope scope) {
        access.requirePolicyAdmin(scope);
    }

    /** Whether the caller may change the scope's policy (the policy screen offers editing only then). */
    public boolean mayEdit(PolicyScope scope) {
        return access.mayEditPolicy(scope);
    }

    /** Validates and stores a scope's policy; every problem is reported at once and nothing is half-saved. */
    public PolicyView update(PolicyScope scope, Policy draft, long expectedVersion) {
        access.requirePolicyAdmin(scope);
        // Read back in the same transaction: if what was stored cannot be read and resolved, nothing stays saved.
        return tx.call(() -> {
            PolicyChanged changed = policies.update(scope, draft, expectedVersion);
            return new PolicyView(scope, changed.policy(), policies.effective(scope));
        });
    }

    /** The values in force on a scope, for features and screens that only apply them. */
    public EffectivePolicy effective(PolicyScope scope) {
        return policies.effective(scope);
    }
}
