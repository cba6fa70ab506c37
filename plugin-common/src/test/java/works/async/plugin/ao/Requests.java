package works.async.plugin.ao;

import java.time.Duration;
import java.time.Instant;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;

/** Test data builders for the records the stores keep. */
final class Requests {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final ItemRef DEMO_1 = ItemRef.issue("DEMO", "DEMO-1");

    private Requests() {
    }

    static ReplyRequest openReply(String id, ItemRef item, String recipient, Instant dueAt) {
        return new ReplyRequest(id, "g-" + id, item, null, "alice", recipient, "Can you review <b>this</b> \u00fcber \u6771\u4eac?",
                ReplyOrigin.explicit(), Duration.ofHours(16), T0, dueAt, null, ReplyState.OPEN, null, null, null, null,
                false, 0, 1);
    }

    static ReplyRequest answered(ReplyRequest r, String by) {
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(), r.origin(),
                r.window(), r.openedAt(), r.originalDueAt(), r.renegotiatedDueAt(), ReplyState.ANSWERED,
                T0.plusSeconds(3600), by, null, "comment-" + by, r.reminded(), r.escalationLevel(), r.version() + 1);
    }

    static ReplyRequest escalated(ReplyRequest r, int level) {
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(), r.origin(),
                r.window(), r.openedAt(), r.originalDueAt(), r.renegotiatedDueAt(), r.state(), r.closedAt(),
                r.closedBy(), r.closeReason(), r.answerCommentId(), true, level, r.version() + 1);
    }

    static ReplyRequest renegotiated(ReplyRequest r, Instant newDue) {
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(), r.origin(),
                r.window(), r.openedAt(), r.originalDueAt(), newDue, r.state(), r.closedAt(),
                r.closedBy(), r.closeReason(), r.answerCommentId(), false, 0, r.version() + 1);
    }

    static OwnershipRequest ownership(String id, ItemRef item, String owner, Instant openedAt) {
        return OwnershipRequest.requested(id, item, owner, "lead", Duration.ofHours(8), openedAt, openedAt.plusSeconds(8 * 3600));
    }
}
