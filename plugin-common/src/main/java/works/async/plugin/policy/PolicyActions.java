package works.async.plugin.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyChanged;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyField;
import works.async.core.policy.PolicyService;
import works.async.core.policy.PolicyValidationException;
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

    /**
     * One item type of a container and the policy it sets of its own.
     *
     * @param type the type's name, as the host's items carry it
     * @param own  the policy stored for the type, or null when the type has none (it inherits everything)
     */
    public record TypePolicy(String type, Policy own) {

        public boolean exists() {
            return own != null;
        }
    }

    /**
     * Everyone signed in sees the global agreement; a project's or space's needs access to that container. A type
     * the container does not have is not found, as an unknown container is.
     */
    public PolicyView get(PolicyScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (!scope.isGlobal()) {
            access.requireContainerViewer(scope.containerKind(), scope.containerKey());
            if (!access.knowsItemType(scope)) {
                throw Access.notFound();
            }
        } else {
            access.requireSignedIn();
        }
        return new PolicyView(scope, policies.get(scope), policies.effective(scope));
    }

    /**
     * Refuses callers who may not change the scope's policy, before their draft is even read; then a type the
     * container does not have, naming the field {@code type} (the path holds what was chosen).
     */
    public void requireAdmin(PolicyScope scope) {
        access.requirePolicyAdmin(scope);
        if (!access.knowsItemType(scope)) {
            throw new DomainException(ErrorCode.UNKNOWN_TYPE, "type",
                    "No type " + scope.itemType() + " in " + scope.containerKey() + ".");
        }
    }

    /**
     * A container's item types, in the host's order, each with the policy it has of its own (one read for all),
     * for those who may change the container's policy: the list its policy screen shows and adds to.
     */
    public List<TypePolicy> typePolicies(PolicyScope container) {
        if (container.level() != PolicyScope.Level.CONTAINER) {
            return List.of();
        }
        access.requirePolicyAdmin(container);
        List<String> types = access.itemTypes(container);
        Map<PolicyScope, Policy> stored = policies.stored(types.stream().map(container::withItemType).toList());
        return types.stream().map(type -> new TypePolicy(type, stored.get(container.withItemType(type)))).toList();
    }

    /**
     * Checks a draft against every rule without storing it. {@code unreadable} are the values the draft could not
     * even be read from; they and the rules' problems with the rest are refused together, in the order of the form,
     * so one answer names every field (a rule's problem on a field already unreadable is left out).
     *
     * @throws PolicyValidationException listing every problem
     */
    public void check(PolicyScope scope, Policy draft, List<FieldProblem> unreadable) {
        List<FieldProblem> problems = new ArrayList<>(unreadable);
        for (FieldProblem problem : policies.problems(scope, draft)) {
            if (unreadable.stream().noneMatch(u -> related(u.field(), problem.field()))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(p -> formOrder(p.field())));
            throw new PolicyValidationException(problems);
        }
    }

    /** Whether two field paths name the same value or one lies inside the other. */
    private static boolean related(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String path, String parent) {
        return path.length() > parent.length() && path.startsWith(parent) && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    /** A field's place on the policy form: the fields in order, the per-priority windows after the reply window. */
    private static int formOrder(String path) {
        if (related(path, PolicyField.WINDOWS_BY_PRIORITY)) {
            return PolicyField.ALL.indexOf(PolicyField.REPLY_DEFAULT_WINDOW) * 2 + 1;
        }
        for (int i = 0; i < PolicyField.ALL.size(); i++) {
            if (related(path, PolicyField.ALL.get(i).path())) {
                return i * 2;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether the caller may change the scope's policy (the policy screen offers editing only then). */
    public boolean mayEdit(PolicyScope scope) {
        return access.mayEditPolicy(scope);
    }

    /** Validates and stores a scope's policy; every problem is reported at once and nothing is half-saved. */
    public PolicyView update(PolicyScope scope, Policy draft, long expectedVersion) {
        requireAdmin(scope);
        // The same rules as a dry run's: a rule added to check() refuses saves and dry runs alike.
        check(scope, draft, List.of());
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
