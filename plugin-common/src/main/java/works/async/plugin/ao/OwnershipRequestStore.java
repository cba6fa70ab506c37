package works.async.plugin.ao;

import java.time.Instant;
import java.util.List;

import works.async.core.escalation.Notification;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipStore;

/** Core's ownership store plus the escalation scan and the outbox-coupled save. */
public interface OwnershipRequestStore extends OwnershipStore {

    /** Requests still awaiting an answer, due at or before {@code dueBy}, ordered by (due time, id) after the cursor. */
    List<OwnershipRequest> findAwaitingDue(Instant dueBy, DueCursor after, int limit);

    /** {@link #save} and the notifications it decided, in one transaction; repeated notification keys are skipped. */
    void saveWithNotifications(OwnershipRequest request, long expectedVersion, List<Notification> notifications);
}
