package works.async.sandbox.velocity;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The values a render obtained from HTML-safe methods (annotated {@code @HtmlSafe} or named like it), by identity:
 * the host's renderer boxes such values with their annotations; remembering the very object has the same effect
 * for the insertion handler, including after {@code #set} and inside HTML-safe collections.
 */
final class SafeValues {

    private static final ThreadLocal<Set<Object>> CURRENT = new ThreadLocal<>();

    private SafeValues() {
    }

    /** Starts tracking for one render; returns the previous set to restore (nested renders). */
    static Set<Object> begin() {
        Set<Object> previous = CURRENT.get();
        CURRENT.set(Collections.newSetFromMap(new IdentityHashMap<>()));
        return previous;
    }

    static void end(Set<Object> previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    static void mark(Object value) {
        Set<Object> set = CURRENT.get();
        if (set != null && value != null) {
            set.add(value);
        }
    }

    static boolean isSafe(Object value) {
        Set<Object> set = CURRENT.get();
        return set != null && value != null && set.contains(value);
    }
}
