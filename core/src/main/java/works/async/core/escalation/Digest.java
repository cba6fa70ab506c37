package works.async.core.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One addressee's notifications bundled into a single message, delivered at their digest time
 * or, if that is outside their working time, at the start of their next working period.
 *
 * @param addressee     who receives it
 * @param zone          their zone, for rendering times
 * @param deliverAt     when to send it
 * @param notifications ordered by due time, then key
 */
public record Digest(String addressee, ZoneId zone, Instant deliverAt, List<Notification> notifications) {

    public Digest {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(deliverAt, "deliverAt");
        notifications = List.copyOf(notifications);
        if (notifications.isEmpty()) {
            throw new IllegalArgumentException("a digest has at least one notification");
        }
    }
}
