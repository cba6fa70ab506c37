package works.async.plugin.ao;

import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;

/**
 * The writers' half of the wake table: a store that stores a moment the escalation pass reads calls this in the same
 * transaction, so the moment and its wake commit together (see {@link WakeEntity}).
 */
final class WakeRows {

    private WakeRows() {
    }

    /** Inserts a wake at the moment (epoch millis); nothing for null (a settled row needs no pass). */
    static void at(ActiveObjects ao, Long millis) {
        if (millis != null) {
            ao.create(WakeEntity.class, new DBParam("WAKE_AT", millis));
        }
    }

    /**
     * Inserts a wake when a row's stored moment moved to a new one. An unchanged moment keeps the wake that covers
     * it: every pass that deletes wakes first stores the earliest moment it then finds on the rows.
     */
    static void moved(ActiveObjects ao, Long before, Long after) {
        if (!Objects.equals(before, after)) {
            at(ao, after);
        }
    }

    /** The earlier of two moments, either of which may be null (none). */
    static Long earlier(Long a, Long b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.min(a, b);
    }
}
