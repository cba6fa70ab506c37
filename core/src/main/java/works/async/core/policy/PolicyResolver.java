package works.async.core.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves inheritance over a scope's lineage: the most specific scope that sets a field wins. */
final class PolicyResolver {

    private PolicyResolver() {
    }

    /**
     * @param scope   the scope asked about
     * @param lineage the policies of {@code scope.lineage()}, in the same order (most specific first)
     */
    static EffectivePolicy resolve(PolicyScope scope, List<Policy> lineage) {
        List<PolicyScope> scopes = scope.lineage();
        Map<PolicyField<?>, Resolved<?>> values = new HashMap<>();
        for (PolicyField<?> field : PolicyField.ALL) {
            values.put(field, resolve(field, scopes, lineage));
        }
        Map<String, Resolved<Duration>> windows = new HashMap<>();
        // Walk from global to the most specific scope so that narrower scopes overwrite per priority.
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Duration> set = lineage.get(i).reply().windowsByPriority();
            if (set != null) {
                PolicyScope source = scopes.get(i);
                set.forEach((priority, window) -> {
                    if (priority != null && window != null) {
                        windows.put(priority, new Resolved<>(window, source));
                    }
                });
            }
        }
        return new EffectivePolicy(scope, values, windows);
    }

    private static <T> Resolved<T> resolve(PolicyField<T> field, List<PolicyScope> scopes, List<Policy> lineage) {
        for (int i = 0; i < scopes.size(); i++) {
            T value = field.valueIn(lineage.get(i));
            if (value != null) {
                return new Resolved<>(value, scopes.get(i));
            }
        }
        // A stored global policy always sets every field; this guards rows written by older versions.
        return new Resolved<>(field.valueIn(Policy.defaults()), PolicyScope.global());
    }
}
