package works.async.sandbox.host;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A memo of the host's look-ups (users, issues, projects, spaces, pages) for the length of one HTTP request, as Jira
 * and Confluence keep theirs in caches: one issue view asks for the same few users and the same issue many times
 * (the host page, the panel's permission checks, its names and zones), and without it the sandbox would send a
 * statement for each, so the page-view benchmark would charge the app for the sandbox's lack of a cache. Every
 * write through the host stores forgets the whole memo, so a request reads its own writes; outside a request
 * (the escalation job, start-up) nothing is remembered.
 */
public final class RequestCache {

    private static final ThreadLocal<Map<Object, Object>> CURRENT = new ThreadLocal<>();

    private RequestCache() {
    }

    /** Starts remembering on this thread, until {@link #close()}. */
    public static void open() {
        CURRENT.set(new HashMap<>());
    }

    public static void close() {
        CURRENT.remove();
    }

    /** The value remembered under {@code key} in this request, else {@code load}'s (remembered if in a request). */
    @SuppressWarnings("unchecked")
    static <V> V get(Object key, Supplier<V> load) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo == null) {
            return load.get();
        }
        if (memo.containsKey(key)) {
            return (V) memo.get(key);
        }
        V value = load.get();
        memo.put(key, value);
        return value;
    }

    /** After any write: what this request remembered may be stale. */
    static void forget() {
        Map<Object, Object> memo = CURRENT.get();
        if (memo != null) {
            memo.clear();
        }
    }

    record Key(String kind, String id) {
    }
}
