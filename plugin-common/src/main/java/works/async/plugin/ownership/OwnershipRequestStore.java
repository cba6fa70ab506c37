package works.async.plugin.ownership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import works.async.core.ItemRef;
import works.async.core.ItemRef.Kind;
import works.async.core.escalation.Notification;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipStore;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;

/** Core's ownership store plus the escalation scan and the outbox-coupled save. */
public interface OwnershipRequestStore extends OwnershipStore {

    /**
     * The item's current request (as {@link #findCurrent} picks it) and the requests before it, newest first, from the
     * item's newest few: the panel's history, so that a decline stays visible after the issue is reassigned. One
     * query, like {@link #findCurrent}.
     */
    ItemOwnership findWithHistory(ItemRef item);

    /** An item's current ownership request and the earlier ones, newest first. */
    record ItemOwnership(Optional<OwnershipRequest> current, List<OwnershipRequest> earlier) {
        public ItemOwnership {
            java.util.Objects.requireNonNull(current, "current");
            earlier = List.copyOf(earlier);
        }
    }

    /**
     * Keys of the {@code kind}'s items whose current request still waits for the owner (REQUESTED: an item has at
     * most one, and a waiting request is always its current one), longest waiting (soonest due) first, at most
     * {@code limit}, by the (state, due time, level) index.
     */
    List<String> findItemKeysUnconfirmed(Kind kind, int limit);

    /**
     * Requests still waiting for their owner's answer on the container's items of that kind, longest waiting first,
     * at most {@code limit}, read by the (container, kind, opened) index (a project page's report draft).
     */
    List<OwnershipRequest> findUnconfirmedInContainer(Kind kind, String containerKey, int limit);

    /**
     * Requests still waiting for this owner's answer (REQUESTED), soonest due first, at most {@code limit}, read by the
     * (owner, state) index: the owner's "waiting for me" page.
     */
    List<OwnershipRequest> findWaitingForOwner(String owner, int limit);

    /**
     * The owner's requests opened at or after {@code since}, in any state, newest first, at most {@code limit}, read
     * by the owner prefix of the (owner, state) index: the owner's own figures, shown to them alone.
     */
    List<OwnershipRequest> findByOwnerOpenedSince(String owner, Instant since, int limit);

    /**
     * Rows whose next check has come ({@code NEXT_CHECK_AT <= now}), ordered by (next check, id) strictly after the
     * cursor (whose {@code dueAt} is the next check of the last row read), with what the pass stored on them last time.
     * Settled rows are never returned, so a pass reads the rows due now, not the rows open.
     */
    List<Scheduled<OwnershipRequest>> findCheckDue(Instant now, DueCursor after, int limit);

    /** Rows the escalation pass could not plan, soonest retry first, at most {@code limit} (needs attention). */
    List<Scheduled<OwnershipRequest>> findWithProblems(int limit);

    /** {@link #save} and the notifications it decided, in one transaction; repeated notification keys are skipped. */
    void saveWithNotifications(OwnershipRequest request, long expectedVersion, List<Notification> notifications);

    /**
     * {@link #saveWithNotifications} for a page of requests in one transaction, each row keeping its own guarantee
     * (see {@link works.async.plugin.reply.ReplyRequestStore#saveAllWithNotifications}, which this mirrors).
     *
     * @param writes at most 1,000 changes, each request at most once
     * @return ids of the requests skipped because they had changed
     */
    Set<String> saveAllWithNotifications(List<GuardedWrite<OwnershipRequest>> writes);
}
