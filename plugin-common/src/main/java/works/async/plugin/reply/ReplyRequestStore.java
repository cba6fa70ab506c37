package works.async.plugin.reply;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import works.async.core.ItemRef;
import works.async.core.ItemRef.Kind;
import works.async.core.escalation.Notification;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyStore;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;

/** Core's reply store plus the bounded reads and the outbox-coupled save the plugins need. */
public interface ReplyRequestStore extends ReplyStore {

    /** Requests on the item in any state, newest first, at most {@code limit} (the panel). */
    List<ReplyRequest> findByItem(ItemRef item, int limit);

    /** Open requests on the item, oldest first, at most {@code limit} (closing them when the item is deleted). */
    List<ReplyRequest> findOpenByItem(ItemRef item, int limit);

    /**
     * Open requests to {@code recipient} on any item, soonest due first, at most {@code limit}, read by the
     * (recipient, state) index: the recipient's "waiting for me" page.
     */
    List<ReplyRequest> findOpenByRecipient(String recipient, int limit);

    /**
     * Requests to {@code recipient} opened at or after {@code since}, in any state, newest first, at most
     * {@code limit}, read by the recipient prefix of the (recipient, state) index: the recipient's own figures.
     */
    List<ReplyRequest> findByRecipientOpenedSince(String recipient, Instant since, int limit);

    /**
     * Keys of the {@code kind}'s items with an open request to {@code recipient} (a user key), soonest due first,
     * each once, read from at most {@code limit} rows by the (recipient, state) index: a JQL function's answer, so
     * bounded (at most {@code limit} keys, fewer when an item has several such requests).
     */
    List<String> findItemKeysAwaitingReplyFrom(Kind kind, String recipient, int limit);

    /**
     * Keys of the {@code kind}'s items with an open request due before {@code now}, longest overdue first, each once,
     * read from at most {@code limit} rows by the (state, due time, level) index.
     */
    List<String> findItemKeysOverdue(Kind kind, Instant now, int limit);

    /**
     * Open requests on the container's items of that kind due before {@code now}, longest overdue first, at most
     * {@code limit}, read by the (container, kind, opened) index (a project page's report draft).
     */
    List<ReplyRequest> findOverdueInContainer(Kind kind, String containerKey, Instant now, int limit);

    /**
     * Rows whose next check has come ({@code NEXT_CHECK_AT <= now}), ordered by (next check, id) strictly after the
     * cursor (whose {@code dueAt} is the next check of the last row read), with what the pass stored on them last time.
     * Settled rows are never returned, so a pass reads the rows due now, not the rows open.
     */
    List<Scheduled<ReplyRequest>> findCheckDue(Instant now, DueCursor after, int limit);

    /** Rows the escalation pass could not plan, soonest retry first, at most {@code limit} (needs attention). */
    List<Scheduled<ReplyRequest>> findWithProblems(int limit);

    /** {@link #save} and the notifications it decided, in one transaction; repeated notification keys are skipped. */
    void saveWithNotifications(ReplyRequest request, long expectedVersion, List<Notification> notifications);

    /**
     * {@link #saveWithNotifications} for a page of requests (e.g. one page of an escalation pass) in one transaction,
     * with a handful of statements per page (one batch insert of the revision claims, one re-read, one batch insert of
     * new rows, one claim prune, one outbox check and one outbox batch insert) plus one UPDATE per changed row. Each
     * row keeps its own optimistic-concurrency guarantee: a row someone else changed since it was read is skipped,
     * nothing of it is written, and the rest of the page is stored. When another writer holds or took a claim of the
     * page, the claim batch fails (a unique violation; on PostgreSQL it aborts the transaction), the page is rolled
     * back and written again row by row, where only the contested rows are skipped. Call it outside any transaction.
     *
     * <p>Why one UPDATE per row: the facade cannot issue {@code UPDATE ... WHERE ID IN (...)}, and deleting the rows
     * and batch-inserting them again would give concurrent readers a moment without them and break anything that
     * refers to them; an UPDATE of only the changed columns through the entity is the cheapest correct write.
     *
     * @param writes at most 1,000 changes (one IN list), each request at most once
     * @return ids of the requests skipped because they had changed (re-read them and decide again)
     */
    Set<String> saveAllWithNotifications(List<GuardedWrite<ReplyRequest>> writes);
}
