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
 */
public record Notification(NotificationKey key, String addressee, String recipient, Instant dueAt, Instant deliverAt,
                           boolean urgentOverride) {

    public Notification {
        Objects.requireNonNull(key, "key");
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
}
