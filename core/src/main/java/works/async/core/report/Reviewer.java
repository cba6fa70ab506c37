package works.async.core.report;

import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * A person asked for feedback on a report, with their own deadline computed in their calendar.
 *
 * @param userKey         the reviewer
 * @param role            required or optional
 * @param dueAt           published time + feedback window in the reviewer's calendar
 * @param reminded        whether the reminder was sent
 * @param escalationLevel escalations sent so far (0 = none)
 */
public record Reviewer(String userKey, ReviewerRole role, Instant dueAt, boolean reminded, int escalationLevel) {

    public Reviewer {
        if (userKey == null || userKey.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "reviewer", "A reviewer is required.");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dueAt, "dueAt");
        if (escalationLevel < 0) {
            throw new IllegalArgumentException("escalationLevel >= 0");
        }
    }

    public static Reviewer of(String userKey, ReviewerRole role, Instant dueAt) {
        return new Reviewer(userKey, role, dueAt, false, 0);
    }

    public boolean isRequired() {
        return role == ReviewerRole.REQUIRED;
    }

    Reviewer notified(boolean reminderSent, int level) {
        return new Reviewer(userKey, role, dueAt, reminderSent, level);
    }
}
