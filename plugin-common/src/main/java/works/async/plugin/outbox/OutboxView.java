package works.async.plugin.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import works.async.core.escalation.Notification;
import works.async.plugin.access.Access;

/**
 * The administrators' view of notifications not delivered yet: waiting for their addressee's working hours, failing
 * and tried again after a back-off, or parked after too many failures; an administrator can retry one.
 */
public final class OutboxView {

    /** A page of the outbox; the oldest waiting rows are the ones worth looking at. */
    public static final int MAX_ROWS = 500;

    private final OutboxStore outbox;
    private final Access access;
    private final Clock clock;

    public OutboxView(OutboxStore outbox, Access access, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Pending notifications, earliest delivery first; administrators only. */
    public List<Notification> pending(int limit) {
        access.requireAdmin();
        return outbox.pending(bounded(limit));
    }

    /** Undelivered rows with their failures, parked first, then by next delivery; administrators only. */
    public List<OutboxRow> rows(int limit) {
        access.requireAdmin();
        return outbox.undelivered(bounded(limit));
    }

    /**
     * Queues a failing or parked notification for delivery by the next pass, with a fresh round of attempts;
     * administrators only. Unknown id: not_found; an already delivered one: already_delivered.
     */
    public OutboxRow retry(int id) {
        access.requireAdmin();
        return outbox.retry(id, clock.instant()).orElseThrow(Access::notFound);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_ROWS));
    }
}
