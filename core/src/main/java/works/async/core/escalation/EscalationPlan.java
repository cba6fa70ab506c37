package works.async.core.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What one escalation pass decided: notifications to send and when to run the next pass. */
public record EscalationPlan(List<Notification> notifications, Instant nextCheckAt) {

    public EscalationPlan {
        notifications = List.copyOf(notifications);
        Objects.requireNonNull(nextCheckAt, "nextCheckAt");
    }
}
