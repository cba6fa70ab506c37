package works.async.core.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One reminder or escalation to one addressee, with the moment it may be delivered.
 *
 * @param key            idempotency key of the decision (request, kind, level)
 * @param addressee      who receives it
 * @param recipient      who owes the answer (equals addressee for reminders)
 * @param dueAt          the deadline it is about
 * @param deliverAt      now if the addressee is working, else the start of their next working period
 * @param urgentOverride true when the urgent flag made it go out outside the addressee's working time
 * @param missedLevels   how many lower escalation levels fell due without being sent (passes that did not run, e.g.
 *                       an outage): this one escalation stands for them too and its mail says so; 0 normally
 */
public record Notification(NotificationKey key, String addressee, String recipient, Instant dueAt, Instant deliverAt,
                           boolean urgentOverride, int missedLevels) {

    /** A notification that stands only for itself. */
    public Notification(NotificationKey key, String addressee, String recipient, Instant dueAt, Instant deliverAt,
                        boolean urgentOverride) {
        this(key, addressee, recipient, dueAt, deliverAt, urgentOverride, 0);
    }

    public Notification {
        Objects.requireNonNull(key, "key");
        // Only escalation levels 1 .. level-1 can have been missed; a reminder or level 1 stands for nothing else.
        if (missedLevels < 0 || missedLevels > Math.max(0, key.level() - 1)) {
            throw new IllegalArgumentException("missedLevels must be 0.." + Math.max(0, key.level() - 1));
        }
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(deliverAt, "deliverAt");
    }

    public boolean isReminder() {
        return key.isReminder();
    }

    public int level() {
        return key.level();
    }

    /** The same notification, standing also for {@code missed} lower levels that were never sent. */
    public Notification withMissedLevels(int missed) {
        return new Notification(key, addressee, recipient, dueAt, deliverAt, urgentOverride, missed);
    }
}
