package works.async.core.escalation;

import java.util.Objects;

/**
 * Idempotency key of one notification decision: (request, kind, level), level 0 being the
 * reminder and 1.. the escalation levels. Senders record it (with the addressee) so that a
 * re-run of the job never sends the same notification twice.
 */
public record NotificationKey(String requestId, DeadlineKind kind, int level) {

    public NotificationKey {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        if (level < 0) {
            throw new IllegalArgumentException("level >= 0");
        }
    }

    public static NotificationKey reminder(String requestId, DeadlineKind kind) {
        return new NotificationKey(requestId, kind, 0);
    }

    public boolean isReminder() {
        return level == 0;
    }

    /**
     * Stable text form {@code KIND:level:requestId}. The request id goes last and the other
     * parts never contain a colon, so any request id (even with colons) parses back unambiguously.
     */
    public String asString() {
        return kind.name() + ":" + level + ":" + requestId;
    }

    /** Inverse of {@link #asString()}. */
    public static NotificationKey parse(String text) {
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("not a notification key: " + text);
        }
        return new NotificationKey(text.substring(second + 1), DeadlineKind.valueOf(text.substring(0, first)),
                Integer.parseInt(text.substring(first + 1, second)));
    }

    @Override
    public String toString() {
        return asString();
    }
}
