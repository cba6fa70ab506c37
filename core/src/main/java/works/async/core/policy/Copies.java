package works.async.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** Defensive copies that keep null as "inherit" and refuse null elements with the field to blame. */
final class Copies {

    private Copies() {
    }

    static <T> Set<T> set(Set<T> source, String field) {
        if (source == null) {
            return null;
        }
        for (T element : source) {
            if (element == null) {
                throw new DomainException(ErrorCode.REQUIRED, field, "A list must not contain empty entries.");
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(source));
    }

    /** Keeps null keys and values so that validation can report them with their path instead of failing here. */
    static <K, V> Map<K, V> map(Map<K, V> source) {
        return source == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
