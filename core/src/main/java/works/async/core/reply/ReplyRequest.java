package works.async.core.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;

/**
 * One recipient's share of a reply request. A question asked of several people becomes one
 * row per recipient sharing a {@code groupId}: each recipient answers, renegotiates, gets
 * reminded and escalated on their own due time, and two recipients acting at once never
 * conflict on a shared version.
 *
 * @param id                stable id of this recipient's request
 * @param groupId           shared by all recipients of the same question
 * @param item              issue or page the question is on
 * @param itemType          the item's type when asked (issue type, page type), whose policy's hours and holidays count
 *                          the window; null when the container's policy counted it (or for rows older than the column)
 * @param asker             user key of who asked
 * @param recipient         user key of who is asked
 * @param question          text exactly as sent
 * @param origin            explicit, automatic (@mention) or from a report question
 * @param window            working time granted (policy snapshot when opened; later policy changes do not apply)
 * @param openedAt          when asked
 * @param originalDueAt     openedAt + window in the recipient's calendar (moves only with the recipient's time off)
 * @param renegotiatedDueAt the time the recipient proposed instead, or null; shown next to the original
 * @param state             current state
 * @param closedAt          when answered or withdrawn, or null
 * @param closedBy          who answered or withdrew, or null
 * @param closeReason       withdrawal reason ("undone" for an undone automatic request), or null
 * @param answerCommentId   the comment that answered it, or null (marked answered explicitly)
 * @param reminded          whether the reminder was sent
 * @param escalationLevel   escalations sent so far (0 = none)
 * @param version           optimistic-concurrency version, 1 when new
 */
public record ReplyRequest(
        String id, String groupId, ItemRef item, String itemType, String asker, String recipient, String question,
        ReplyOrigin origin, Duration window, Instant openedAt, Instant originalDueAt, Instant renegotiatedDueAt,
        ReplyState state, Instant closedAt, String closedBy, String closeReason, String answerCommentId,
        boolean reminded, int escalationLevel, long version) {

    /** Reason recorded when the asker undoes an automatic request. */
    public static final String UNDONE = "undone";

    public ReplyRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(state, "state");
        if (asker == null || asker.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "asker", "A reply request needs an asker.");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "recipients", "A reply request needs a recipient.");
        }
        if (question == null || question.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "question", "Write the question.");
        }
        if (state != ReplyState.OPEN && closedAt == null) {
            throw new IllegalArgumentException("a closed request records when it closed");
        }
        if (escalationLevel < 0 || version < 1) {
            throw new IllegalArgumentException("escalationLevel >= 0 and version >= 1");
        }
    }

    static ReplyRequest open(String id, String groupId, ItemRef item, String itemType, String asker, String recipient, String question,
                             ReplyOrigin origin, Duration window, Instant openedAt, Instant dueAt) {
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, dueAt,
                null, ReplyState.OPEN, null, null, null, null, false, 0, 1);
    }

    /** The due time in force: the renegotiated one if any, else the original. */
    public Instant dueAt() {
        return renegotiatedDueAt != null ? renegotiatedDueAt : originalDueAt;
    }

    public boolean isOpen() {
        return state == ReplyState.OPEN;
    }

    public boolean isRenegotiated() {
        return renegotiatedDueAt != null;
    }

    ReplyRequest answered(String by, String commentId, Instant at) {
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, originalDueAt,
                renegotiatedDueAt, ReplyState.ANSWERED, at, by, null, commentId, reminded, escalationLevel, version + 1);
    }

    ReplyRequest withdrawn(String by, String reason, Instant at) {
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, originalDueAt,
                renegotiatedDueAt, ReplyState.WITHDRAWN, at, by, reason, null, reminded, escalationLevel, version + 1);
    }

    ReplyRequest renegotiated(Instant newDueAt) {
        // A new due time is a new agreement: reminders and escalations start over from it.
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, originalDueAt,
                newDueAt, state, closedAt, closedBy, closeReason, answerCommentId, false, 0, version + 1);
    }

    ReplyRequest originalDueMoved(Instant newDueAt) {
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, newDueAt,
                renegotiatedDueAt, state, closedAt, closedBy, closeReason, answerCommentId, reminded, escalationLevel,
                version + 1);
    }

    /** The next version of this request, recording which reminder and escalation level were sent. */
    public ReplyRequest notified(boolean reminderSent, int level) {
        return new ReplyRequest(id, groupId, item, itemType, asker, recipient, question, origin, window, openedAt, originalDueAt,
                renegotiatedDueAt, state, closedAt, closedBy, closeReason, answerCommentId, reminderSent, level,
                version + 1);
    }
}
