package works.async.plugin.item;

import java.util.List;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.Tx;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.reply.AutoRequests;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.spi.HostItem;

/**
 * What the plugin does when the host reports a change to an issue or page: the one entry point of the hosts' event
 * listeners (Jira's issue events, Confluence's comment and page events, the sandbox's host actions), called after
 * the host change is saved.
 */
public final class ItemEvents {

    private final OwnershipActions ownership;
    private final ReplyActions replies;
    private final AutoRequests autoRequests;
    private final DeletedItems deletedItems;
    private final Tx tx;

    public ItemEvents(OwnershipActions ownership, ReplyActions replies, AutoRequests autoRequests,
                      DeletedItems deletedItems, Tx tx) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.autoRequests = Objects.requireNonNull(autoRequests, "autoRequests");
        this.deletedItems = Objects.requireNonNull(deletedItems, "deletedItems");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** The item got an owner (assignee / action-item owner); opens a confirmation when policy asks. */
    public void itemAssigned(HostItem item, String owner, String actor) {
        ownership.open(Objects.requireNonNull(item, "item"), owner, actor);
    }

    /**
     * A comment was posted. It answers the author's open requests on the item, and (when the policy enables it)
     * opens automatic requests for people it @mentions with a question; returns those.
     */
    public List<ReplyRequest> commentAdded(HostItem item, String author, String commentId, String text) {
        Objects.requireNonNull(item, "item");
        // One transaction: an answer recorded without the requests the same comment opens would be half an event.
        return tx.call(() -> {
            replies.answerByComment(item.ref(), author, commentId);
            return autoRequests.open(item, author, commentId, text);
        });
    }

    /** The item was resolved or closed; a still waiting ownership request is withdrawn. */
    public void itemResolved(HostItem item) {
        ownership.close(Objects.requireNonNull(item, "item"));
    }

    /**
     * The issue or page was deleted. Its open requests are closed with the reason "item deleted" and never escalated
     * again (the escalation pass closes them the same way when it finds the item gone, should this event be missed).
     * Returns how many were closed.
     */
    public int itemDeleted(ItemRef item) {
        return deletedItems.close(Objects.requireNonNull(item, "item"));
    }
}
