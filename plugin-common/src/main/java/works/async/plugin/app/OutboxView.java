package works.async.plugin.app;

import java.util.List;
import java.util.Objects;

import works.async.core.escalation.Notification;
import works.async.plugin.ao.Outbox;

/** The administrators' view of notifications waiting for their addressee's working hours. */
public final class OutboxView {

    /** A page of the outbox; the oldest waiting rows are the ones worth looking at. */
    public static final int MAX_ROWS = 500;

    private final Outbox outbox;
    private final Access access;

    public OutboxView(Outbox outbox, Access access) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Pending notifications, earliest delivery first; administrators only. */
    public List<Notification> pending(int limit) {
        access.requireAdmin();
        return outbox.pending(Math.max(1, Math.min(limit, MAX_ROWS)));
    }
}
