package works.async.plugin.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import works.async.core.escalation.Digest;
import works.async.core.escalation.DigestPlanner;
import works.async.core.escalation.Notification;
import works.async.core.policy.EffectivePolicy;
import works.async.core.schedule.CalendarResolver;

/**
 * Applies the notification policy to planned notifications: delivery in working hours (the planner's default),
 * at once when the policy allows any time, or bundled at the addressee's digest time. A digest never holds a
 * notification past the moment it is about: one whose digest would go out after its due time goes out on its own at
 * the addressee's next working moment (a reminder for a two-hour window is no use the next morning).
 */
final class NotificationTiming {

    private final Clock clock;

    NotificationTiming(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    List<Notification> apply(List<Notification> planned, EffectivePolicy policy, CalendarResolver calendars) {
        if (planned.isEmpty()) {
            return planned;
        }
        Instant now = clock.instant();
        if (policy.dailyDigest()) {
            Map<String, Instant> digestAt = new HashMap<>();
            List<Notification> bundled = planned.stream().filter(n -> !n.urgentOverride()).toList();
            for (Digest digest : new DigestPlanner(calendars, clock).group(bundled, policy.digestAt())) {
                digestAt.put(digest.addressee(), digest.deliverAt());
            }
            return planned.stream().map(n -> n.urgentOverride() || digestAt.get(n.addressee()).isAfter(n.dueAt())
                    ? n : at(n, digestAt.get(n.addressee()))).toList();
        }
        if (!policy.onlyInWorkingHours()) {
            return planned.stream().map(n -> at(n, now)).toList();
        }
        return planned;
    }

    private static Notification at(Notification n, Instant deliverAt) {
        return new Notification(n.key(), n.addressee(), n.recipient(), n.dueAt(), deliverAt, n.urgentOverride());
    }
}
