package works.async.plugin.ao;

import java.time.Instant;
import java.util.List;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyStore;

/** Core's reply store plus the bounded reads and the outbox-coupled save the plugins need. */
public interface ReplyRequestStore extends ReplyStore {

    /** Requests on the item in any state, newest first, at most {@code limit} (the panel). */
    List<ReplyRequest> findByItem(ItemRef item, int limit);

    /** Open requests due at or before {@code dueBy}, ordered by (due time, id), strictly after the cursor. */
    List<ReplyRequest> findOpenDue(Instant dueBy, DueCursor after, int limit);

    /** {@link #save} and the notifications it decided, in one transaction; repeated notification keys are skipped. */
    void saveWithNotifications(ReplyRequest request, long expectedVersion, List<Notification> notifications);
}
