package works.async.plugin.viewreads;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one view of an issue or a page reads only once. The issue view's panel, and the page view's banner and
 * macros, are rendered by the host one after another in the same request, and each asks for the same item state,
 * policy lineage and report; in Jira and Confluence every Active Objects query costs more to build than to run.
 *
 * <p>A scope is open only while a host view renders ({@link ViewReadsFilter}, GET and HEAD of the view pages); outside
 * one, every read goes to the store. Values kept are the immutable records the stores return. Any transaction forgets
 * what the scope holds, before and after it runs, so no read in the same request sees a state older than a write.
 */
public final class ViewReads {

    /** Per thread: a host renders one request on one thread, and nothing here may leak into the next request. */
    private final ThreadLocal<Map<Object, Object>> current = new ThreadLocal<>();

    /** Opens a scope on this thread; closing it forgets everything. A scope opened inside another one is the same. */
    public Scope open() {
        if (current.get() != null) {
            return () -> { };
        }
        current.set(new HashMap<>());
        return current::remove;
    }

    /** The value read under {@code key} earlier in this scope, or {@code read}'s (kept when it returns). */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> read) {
        Map<Object, Object> kept = current.get();
        if (kept == null) {
            return read.get();
        }
        if (kept.containsKey(key)) {
            return (T) kept.get(key);
        }
        T value = read.get();
        kept.put(key, value);
        return value;
    }

    /** Forgets what this thread's scope holds (a write is about to happen or has happened). */
    public void forget() {
        Map<Object, Object> kept = current.get();
        if (kept != null) {
            kept.clear();
        }
    }

    /** An open scope; {@link #close()} ends it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
