package works.async.core.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's offset changes between 1800 and 2300 flattened into primitive arrays, because
 * {@link ZoneRules} computes (and boxes a cache key for) future transitions on every lookup, which
 * the working-time hot path cannot afford. Outside that span the rules are asked directly.
 */
final class ZoneTable {

    /** 1800-01-01T00:00Z. */
    static final long TABLE_START = -5364662400L;
    /** 2300-01-01T00:00Z. */
    static final long TABLE_END = 10413792000L;

    private static final ConcurrentHashMap<ZoneId, ZoneTable> CACHE = new ConcurrentHashMap<>();

    private final ZoneRules rules;
    /** Epoch seconds of each offset change within the table span, ascending. */
    private final long[] transitions;
    /** {@code offsets[i]} applies from {@code transitions[i-1]} (or the table start) until {@code transitions[i]}. */
    private final int[] offsets;
    /** Whether the zone keeps changing offset by rule after its last listed transition. */
    private final boolean ruleBased;

    private ZoneTable(ZoneRules rules) {
        this.rules = rules;
        this.ruleBased = !rules.getTransitionRules().isEmpty();
        long[] secs = new long[64];
        int[] offs = new int[65];
        int n = 0;
        offs[0] = rules.getOffset(Instant.ofEpochSecond(TABLE_START)).getTotalSeconds();
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(TABLE_START));
        while (t != null && t.toEpochSecond() < TABLE_END) {
            if (n == secs.length) {
                secs = Arrays.copyOf(secs, n * 2);
                offs = Arrays.copyOf(offs, n * 2 + 1);
            }
            secs[n] = t.toEpochSecond();
            offs[n + 1] = t.getOffsetAfter().getTotalSeconds();
            n++;
            t = rules.nextTransition(t.getInstant());
        }
        this.transitions = Arrays.copyOf(secs, n);
        this.offsets = Arrays.copyOf(offs, n + 1);
    }

    static ZoneTable of(ZoneId zone) {
        return CACHE.computeIfAbsent(zone, z -> new ZoneTable(z.getRules()));
    }

    /**
     * Where the second falls in the table, to pass to {@link #offsetSeconds(int, long)} and
     * {@link #nextTransition(int, long)} so that one search serves both; -1 outside the table.
     */
    int locate(long epochSecond) {
        return epochSecond < TABLE_START || epochSecond >= TABLE_END ? -1 : upperBound(epochSecond);
    }

    /** Offset from UTC in seconds at the given epoch second. */
    int offsetSeconds(int located, long epochSecond) {
        return located < 0 ? rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds() : offsets[located];
    }

    int offsetSeconds(long epochSecond) {
        return offsetSeconds(locate(epochSecond), epochSecond);
    }

    /** Epoch second of the first offset change strictly after the given one, or {@link Long#MAX_VALUE} when none. */
    long nextTransition(int located, long epochSecond) {
        if (located >= 0) {
            if (located < transitions.length) {
                return transitions[located];
            }
            if (!ruleBased) {
                return Long.MAX_VALUE; // the zone's last change is behind us
            }
        }
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(epochSecond));
        return t == null ? Long.MAX_VALUE : t.toEpochSecond();
    }

    /** Number of transitions at or before the given second. */
    private int upperBound(long epochSecond) {
        int lo = 0;
        int hi = transitions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (transitions[mid] <= epochSecond) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
