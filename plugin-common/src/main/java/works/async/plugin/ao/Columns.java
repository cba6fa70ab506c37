package works.async.plugin.ao;

import java.time.Instant;

import works.async.core.ItemRef;

/** Conversions between core values and column values shared by every entity (instants as epoch millis). */
final class Columns {

    /** Upper bound of ids in one IN list (Oracle refuses more than 1,000). */
    static final int MAX_IN_LIST = 1000;

    private Columns() {
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static ItemRef item(String kind, String containerKey, String itemKey) {
        return new ItemRef(ItemRef.Kind.valueOf(kind), containerKey, itemKey);
    }

    /** "?, ?, ?" for an IN list of n parameters. */
    static String placeholders(int n) {
        if (n < 1 || n > MAX_IN_LIST) {
            throw new IllegalArgumentException("1.." + MAX_IN_LIST + " ids per IN list");
        }
        return "?" + ", ?".repeat(n - 1);
    }
}
