package works.async.core.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A uniform view of one open deadline (ownership confirmation, reply, report feedback) as the
 * escalation planner needs it; the application layer maps each feature's records to it.
 *
 * @param requestId         id unique within the kind (for report feedback: one per reviewer, e.g. "reportId/reviewer")
 * @param kind              which agreement
 * @param recipient         who owes the answer; reminders go to them, in their calendar
 * @param escalationTargets who is told on breach (reporter, lead, group members); may be empty
 * @param openedAt          when the window started
 * @param dueAt             when it is due (renegotiated time if any)
 * @param reminded          whether the reminder was already sent
 * @param escalationLevel   how many escalation levels were already sent (0 = none)
 * @param urgent            explicitly marked urgent: delivered at once even outside working hours
 */
public record Deadline(String requestId, DeadlineKind kind, String recipient, List<String> escalationTargets,
                       Instant openedAt, Instant dueAt, boolean reminded, int escalationLevel, boolean urgent) {

    public Deadline {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        escalationTargets = List.copyOf(escalationTargets);
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("dueAt before openedAt");
        }
        if (escalationLevel < 0) {
            throw new IllegalArgumentException("escalationLevel >= 0");
        }
    }

    /** A deadline nothing was sent for yet. */
    public static Deadline open(String requestId, DeadlineKind kind, String recipient, List<String> escalationTargets,
                                Instant openedAt, Instant dueAt) {
        return new Deadline(requestId, kind, recipient, escalationTargets, openedAt, dueAt, false, 0, false);
    }

    public Deadline asUrgent() {
        return new Deadline(requestId, kind, recipient, escalationTargets, openedAt, dueAt, reminded, escalationLevel, true);
    }

    public Deadline withNotified(boolean reminderSent, int level) {
        return new Deadline(requestId, kind, recipient, escalationTargets, openedAt, dueAt, reminderSent, level, urgent);
    }
}
