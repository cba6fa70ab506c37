package works.async.plugin.followup;

import java.util.List;
import java.util.Objects;

import works.async.core.escalation.Notification;

/**
 * One row's change in a page written at once: the record as it becomes, the version the caller read it at, and the
 * notifications the change decided (stored with it or not at all).
 *
 * @param <T>             the record type
 * @param record          the record to store, carrying its new version
 * @param expectedVersion the version the caller read; 0 for a new row
 * @param notifications   the outbox rows that go with this change
 * @param followup        when the escalation pass looks at the row next, or null when the writer does not know (the
 *                        row is then looked at from the next pass on, see {@link Followup#lookNext})
 */
public record GuardedWrite<T>(T record, long expectedVersion, List<Notification> notifications, Followup followup) {

    public GuardedWrite(T record, long expectedVersion, List<Notification> notifications) {
        this(record, expectedVersion, notifications, null);
    }

    public GuardedWrite {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion >= 0");
        }
        notifications = List.copyOf(notifications);
    }
}
