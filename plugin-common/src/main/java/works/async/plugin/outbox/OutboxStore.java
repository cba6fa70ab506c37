package works.async.plugin.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;

/**
 * Port to the transactional outbox of reminders and escalations: rows are written in the transaction of the state
 * change that decides them and delivered afterwards, at least once. The escalation pass and the administrators'
 * outbox use it; the plugins implement it in their own tables.
 */
public interface OutboxStore {

    /**
     * Stores the notifications whose (key, addressee) pairs are new, joining the caller's transaction; a repeated pair
     * is skipped. Call it only in the transaction of a guarded save of the requests the keys name.
     *
     * @return how many rows were inserted
     */
    int write(List<Notification> notifications);

    /**
     * As {@link #write}, for notifications the escalation pass delivers itself later in the same pass (a series
     * reminder, planned after the pass read its wakes): without the wake {@code write} adds, which would only make
     * the next pass run in full for nothing. The pass's delivery and its look for the earliest pending row come after.
     */
    int writeForThisPass(List<Notification> notifications);

    /**
     * Delivers every pending notification whose time has come, each on its own: a receiver that throws a
     * {@link RuntimeException} refused that one, which is recorded and tried again after its {@link Backoff} (or
     * parked after the last attempt) while the others go on.
     *
     * @return how many notifications were delivered
     */
    int deliverDue(Instant now, int pageSize, Consumer<Notification> receiver);

    /** Pending notifications, oldest first, at most {@code limit}. */
    List<Notification> pending(int limit);

    /** Rows not delivered yet with their failures, parked first, then by next delivery, at most {@code limit}. */
    List<OutboxRow> undelivered(int limit);

    /**
     * Queues a failing or parked row for delivery at {@code now} with a fresh round of attempts; empty when there is
     * no such row.
     *
     * @throws works.async.core.DomainException {@code already_delivered} for a delivered row
     */
    Optional<OutboxRow> retry(int id, Instant now);

    /** How many rows, delivered or not, carry the key: one per addressee of that decision, 0 if it was never made. */
    int count(NotificationKey key);
}
