package works.async.plugin.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;

/**
 * One notification not delivered yet, as administrators see it: waiting for its time, failing (tried again after
 * its back-off) or parked (not tried again until an administrator retries it).
 *
 * @param id            the outbox row's id (what the retry endpoint takes)
 * @param notification  what it is and when it may go out next
 * @param state         waiting, failing or parked
 * @param attempts      failed attempts so far
 * @param lastError     the mailer's last message, safe to show ({@link FailureText}); empty when none was given
 * @param lastAttemptAt when delivery last failed, null if it never did
 * @param item          the issue or page it is about, null once its request is gone
 */
public record OutboxRow(int id, Notification notification, State state, int attempts, String lastError,
                        Instant lastAttemptAt, ItemRef item) {

    /** Where a row stands. */
    public enum State { WAITING, FAILING, PARKED }

    public OutboxRow {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(state, "state");
        lastError = lastError == null ? "" : lastError;
    }

    public Optional<Instant> lastAttempt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<ItemRef> about() {
        return Optional.ofNullable(item);
    }

    public OutboxRow about(ItemRef value) {
        return new OutboxRow(id, notification, state, attempts, lastError, lastAttemptAt, value);
    }
}
