package works.async.plugin.item;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;

/**
 * Closes the open requests of a deleted issue or page when the host reports the deletion, so they are settled at
 * once instead of being found by the escalation pass's sweep (which closes them the same way if the event is missed).
 */
public final class DeletedItems {

    private static final int PAGE = 500;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final List<ItemContents> contents;
    private final Clock clock;

    public DeletedItems(OwnershipRequestStore ownership, ReplyRequestStore replies, List<ItemContents> contents,
                        Clock clock) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.contents = List.copyOf(contents);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Closes the item's waiting ownership request and open reply requests, and what its contents still wait for (a
     * page's open reports and its action items' requests); returns how many were closed.
     */
    public int close(ItemRef item) {
        Instant now = clock.instant();
        int closed = 0;
        for (OwnershipRequest r : ownership.findCurrent(item).filter(OwnershipRequest::awaitsAnswer).stream().toList()) {
            closed += closeOne(() -> ownership.save(ItemGone.closed(r, now), r.version()));
        }
        // Closed requests leave the open set, so each page reads the next ones; a request changed under us is left
        // open for the pass's sweep, and stops the loop so it cannot spin.
        for (List<ReplyRequest> page; !(page = replies.findOpenByItem(item, PAGE)).isEmpty(); ) {
            int before = closed;
            for (ReplyRequest r : page) {
                closed += closeOne(() -> replies.save(ItemGone.closed(r, now), r.version()));
            }
            if (closed - before < page.size()) {
                break;
            }
        }
        for (ItemContents inside : contents) {
            closed += inside.itemDeleted(item, now);
        }
        return closed;
    }

    /** Runs one save; a request someone changed meanwhile is left to the escalation pass's sweep (0). */
    public static int closeOne(Runnable save) {
        try {
            save.run();
            return 1;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
            return 0;
        }
    }
}
