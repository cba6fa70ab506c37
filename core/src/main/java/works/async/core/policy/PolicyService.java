package works.async.core.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads, resolves and updates policies: validation before storage, optimistic concurrency, and a
 * {@link PolicyChanged} event for every accepted update.
 */
public final class PolicyService {

    private final PolicyStore store;
    private final Clock clock;
    private final KnownNames known;

    /** Without a host to ask: every well-formed user and group name is accepted. */
    public PolicyService(PolicyStore store, Clock clock) {
        this(store, clock, KnownNames.ANY);
    }

    /** Updates name only users and groups the host knows ({@code known}); reading never asks it. */
    public PolicyService(PolicyStore store, Clock clock, KnownNames known) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.known = Objects.requireNonNull(known, "known");
    }

    /**
     * The policy set at exactly this scope, for editing: what is stored, or (version 0) the shipped
     * defaults for global and "inherit everything" for any other scope.
     */
    public Policy get(PolicyScope scope) {
        return store.find(scope).orElse(scope.isGlobal() ? Policy.defaults() : Policy.inheritAll());
    }

    /**
     * Which of these scopes have a policy of their own stored, with it; the others are absent. One read for all, so a
     * container's policy screen can list its item types' policies at the cost of one query.
     */
    public Map<PolicyScope, Policy> stored(List<PolicyScope> scopes) {
        return store.findAll(List.copyOf(scopes));
    }

    /**
     * The policy in force at a scope, as an immutable snapshot; callers that compute due times do so once,
     * at request creation, and store the result, so later policy changes never move existing deadlines.
     */
    public EffectivePolicy effective(PolicyScope scope) {
        List<PolicyScope> scopes = scope.lineage();
        Map<PolicyScope, Policy> stored = store.findAll(scopes);
        List<Policy> lineage = new ArrayList<>(scopes.size());
        for (PolicyScope s : scopes) {
            lineage.add(stored.getOrDefault(s, s.isGlobal() ? Policy.defaults() : Policy.inheritAll()));
        }
        return PolicyResolver.resolve(scope, lineage);
    }

    /** Every rule a draft breaks, names the host does not know included: what {@link #update} would refuse. */
    public List<FieldProblem> problems(PolicyScope scope, Policy draft) {
        return PolicyValidator.validate(scope, draft, known);
    }

    /**
     * Validates and stores the policy for a scope; an invalid draft changes nothing.
     *
     * @param expectedVersion the version of {@link #get(PolicyScope)} the editor started from
     * @throws PolicyValidationException listing every problem, before anything is stored
     * @throws works.async.core.DomainException code {@code conflict} when someone saved in between
     */
    public PolicyChanged update(PolicyScope scope, Policy draft, long expectedVersion) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(draft, "draft");
        List<FieldProblem> problems = problems(scope, draft);
        if (!problems.isEmpty()) {
            throw new PolicyValidationException(problems);
        }
        Policy before = get(scope);
        Policy saved = store.save(scope, draft.withVersion(expectedVersion), expectedVersion);
        return new PolicyChanged(scope, saved, changedFields(before, saved), clock.instant());
    }

    static List<String> changedFields(Policy before, Policy after) {
        List<String> changed = new ArrayList<>();
        for (PolicyField<?> field : PolicyField.ALL) {
            if (!Objects.equals(field.valueIn(before), field.valueIn(after))) {
                changed.add(field.path());
            }
        }
        Map<String, ?> oldWindows = Objects.requireNonNullElse(before.reply().windowsByPriority(), Map.of());
        Map<String, ?> newWindows = Objects.requireNonNullElse(after.reply().windowsByPriority(), Map.of());
        Set<String> priorities = new HashSet<>(oldWindows.keySet());
        priorities.addAll(newWindows.keySet());
        priorities.stream()
                .filter(p -> !Objects.equals(oldWindows.get(p), newWindows.get(p)))
                .map(p -> PolicyField.WINDOWS_BY_PRIORITY + "." + p)
                .sorted()
                .forEach(changed::add);
        return changed;
    }
}
