package works.async.plugin.ao;

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
 */
public record GuardedWrite<T>(T record, long expectedVersion, List<Notification> notifications) {

    public GuardedWrite {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion >= 0");
        }
        notifications = List.copyOf(notifications);
    }
}
