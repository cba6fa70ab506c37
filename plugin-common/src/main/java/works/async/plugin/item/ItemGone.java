package works.async.plugin.item;

import java.time.Instant;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;

/**
 * How a request ends when its issue or page is deleted: nobody can answer it any more, so it is closed (withdrawn
 * with the reason {@value #REASON}, which the request view shows) and never escalated again.
 */
public final class ItemGone {

    /** The closing reason stored on reply requests whose item was deleted. */
    public static final String REASON = "item-deleted";

    private ItemGone() {
    }

    public static ReplyRequest closed(ReplyRequest r, Instant at) {
        return new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(), r.question(),
                r.origin(),
                r.window(), r.openedAt(), r.originalDueAt(), r.renegotiatedDueAt(), ReplyState.WITHDRAWN, at, null,
                REASON, null, r.reminded(), r.escalationLevel(), r.version() + 1);
    }

    public static OwnershipRequest closed(OwnershipRequest r, Instant at) {
        return new OwnershipRequest(r.id(), r.item(), r.owner(), r.requestedBy(), r.window(), r.openedAt(), r.dueAt(),
                OwnershipState.WITHDRAWN, r.committedDate(), r.declineReason(), r.actedBy(), r.onBehalf(), r.actedAt(),
                at, REASON, r.reminded(), r.escalationLevel(), r.version() + 1);
    }
}
