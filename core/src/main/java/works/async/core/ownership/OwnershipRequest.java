package works.async.core.ownership;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/**
 * One request that a person confirm ownership of an item, with its due time in the owner's
 * calendar and the last explicit act on it.
 *
 * @param id              stable id
 * @param item            the issue or page
 * @param owner           user key of the person asked to own the item
 * @param requestedBy     user key of whoever assigned it (reporter, lead, automation user)
 * @param window          working time the owner has to answer (policy snapshot at opening)
 * @param openedAt        when the request was opened
 * @param dueAt           openedAt + window in the owner's calendar
 * @param state           current state
 * @param committedDate   date the owner commits to, only when CONFIRMED (may be null)
 * @param declineReason   reason exactly as typed, only when DECLINED
 * @param actedBy         who performed the last explicit act (owner or coordinator), or null
 * @param onBehalf        true when actedBy is a coordinator acting for the owner
 * @param actedAt         when the last explicit act (confirm / decline) happened, or null
 * @param endedAt         when the request was superseded or withdrawn, or null
 * @param closeReason     why a WITHDRAWN request closed ({@link #ITEM_RESOLVED}, {@link #ACTION_ITEM_REMOVED},
 *                        "item-deleted"), or null: requests closed before the reason was recorded have none and
 *                        keep reading "withdrawn"
 * @param reminded        whether the reminder before the due time was sent
 * @param escalationLevel how many escalations were sent (0 = none)
 * @param version         optimistic-concurrency version, 1 for a new request
 */
public record OwnershipRequest(
        String id, ItemRef item, String owner, String requestedBy, Duration window,
        Instant openedAt, Instant dueAt, OwnershipState state, LocalDate committedDate,
        String declineReason, String actedBy, boolean onBehalf, Instant actedAt, Instant endedAt,
        String closeReason, boolean reminded, int escalationLevel, long version) {

    /** The closing reason of a request still waiting when its item was resolved or closed. */
    public static final String ITEM_RESOLVED = "item-resolved";
    /** The closing reason of a request whose action item was taken off its page. */
    public static final String ACTION_ITEM_REMOVED = "action-item-removed";

    /** A request without a recorded closing reason (every state but WITHDRAWN, and rows stored before it existed). */
    public OwnershipRequest(
            String id, ItemRef item, String owner, String requestedBy, Duration window,
            Instant openedAt, Instant dueAt, OwnershipState state, LocalDate committedDate,
            String declineReason, String actedBy, boolean onBehalf, Instant actedAt, Instant endedAt,
            boolean reminded, int escalationLevel, long version) {
        this(id, item, owner, requestedBy, window, openedAt, dueAt, state, committedDate, declineReason, actedBy,
                onBehalf, actedAt, endedAt, null, reminded, escalationLevel, version);
    }

    public OwnershipRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        requireUser(owner, "owner");
        requireUser(requestedBy, "requestedBy");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        if (window.isNegative() || window.isZero()) {
            throw new DomainException(ErrorCode.INVALID_WINDOW, "window", "The confirmation window must be positive.");
        }
        if (dueAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("dueAt before openedAt");
        }
        if (state == OwnershipState.DECLINED && (declineReason == null || declineReason.isBlank())) {
            throw new IllegalArgumentException("a declined request needs its reason");
        }
        if (escalationLevel < 0 || version < 1) {
            throw new IllegalArgumentException("escalationLevel >= 0 and version >= 1");
        }
    }

    /** A fresh request waiting for the owner. */
    public static OwnershipRequest requested(String id, ItemRef item, String owner, String requestedBy,
                                             Duration window, Instant openedAt, Instant dueAt) {
        return new OwnershipRequest(id, item, owner, requestedBy, window, openedAt, dueAt,
                OwnershipState.REQUESTED, null, null, null, false, null, null, false, 0, 1);
    }

    OwnershipRequest confirmed(String actor, boolean byCoordinator, LocalDate date, Instant at) {
        return new OwnershipRequest(id, item, owner, requestedBy, window, openedAt, dueAt,
                OwnershipState.CONFIRMED, date, null, actor, byCoordinator, at, null,
                reminded, escalationLevel, version + 1);
    }

    OwnershipRequest declined(String actor, boolean byCoordinator, String reason, Instant at) {
        return new OwnershipRequest(id, item, owner, requestedBy, window, openedAt, dueAt,
                OwnershipState.DECLINED, null, reason, actor, byCoordinator, at, null,
                reminded, escalationLevel, version + 1);
    }

    OwnershipRequest ended(OwnershipState terminal, Instant at, String reason) {
        return new OwnershipRequest(id, item, owner, requestedBy, window, openedAt, dueAt,
                terminal, committedDate, declineReason, actedBy, onBehalf, actedAt, at, reason,
                reminded, escalationLevel, version + 1);
    }

    /** The next version of this request, recording which reminder and escalation level were sent. */
    public OwnershipRequest notified(boolean reminderSent, int level) {
        return new OwnershipRequest(id, item, owner, requestedBy, window, openedAt, dueAt, state,
                committedDate, declineReason, actedBy, onBehalf, actedAt, endedAt, closeReason, reminderSent, level,
                version + 1);
    }

    /** Whether the owner still owes an answer (only such requests get reminders and escalations). */
    public boolean awaitsAnswer() {
        return state == OwnershipState.REQUESTED;
    }

    private static void requireUser(String user, String field) {
        if (user == null || user.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, field, "A user is required.");
        }
    }
}
