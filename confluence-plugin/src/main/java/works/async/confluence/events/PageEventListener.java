package works.async.confluence.events;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import works.async.core.ItemRef;
import works.async.plugin.item.HostEventListener;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Confluence's comment and page events delivered to the plugin's {@link ItemEvents}: a comment on a page, and a page
 * moved to the trash or removed for good. Page saves (the macros' reports and action items) are not handled here.
 * Confluence calls the methods inside its own operation, after the change is saved, so whatever fails here is logged
 * and never thrown: a broken store must not fail a user's comment or the deletion of a page.
 * Registered while the plugin is enabled, as {@link HostEventListener} says.
 */
public final class PageEventListener extends HostEventListener {

    private static final Logger LOG = Logger.getLogger(PageEventListener.class.getName());

    public PageEventListener(EventPublisher publisher, ItemEvents events, ItemAccess items) {
        super(publisher, events, items);
    }

    /**
     * A comment on a page answers its author's open requests there and, when the space's policy allows, opens
     * requests for the people it @mentions with a question. The body goes on in storage format, as Confluence stores
     * it: the shared code reads a page's mentions ({@code <ac:link><ri:user ri:userkey="…"/></ac:link>}) from that
     * format itself. Comments on blog posts or other content, and anonymous ones, change nothing.
     */
    @EventListener
    public void onCommentCreated(CommentCreateEvent event) {
        Comment comment = event.getComment();
        try {
            ContentEntityObject container = comment == null ? null : comment.getContainer();
            String author = keyOf(comment == null ? null : comment.getCreator());
            if (!(container instanceof Page page) || author == null) {
                return;
            }
            HostItem item = items.find(ItemRef.Kind.CONFLUENCE_PAGE, page.getIdAsString()).orElse(null);
            if (item == null) {
                LOG.warning("Async Work: page " + page.getIdAsString() + " of comment " + comment.getIdAsString()
                        + " not found; comment ignored");
                return;
            }
            events.commentAdded(item, author, comment.getIdAsString(), comment.getBodyAsString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: comment " + (comment == null ? "(none)" : comment.getIdAsString())
                    + " not handled; Confluence's comment stands", e);
        }
    }

    /** A page moved to the trash closes its requests at once; restoring it does not reopen them. */
    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        closeRequestsOf(event.getPage(), "trashed");
    }

    /** A page removed for good (usually purged from the trash, its requests then already closed) closes its requests. */
    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        closeRequestsOf(event.getPage(), "removed");
    }

    private void closeRequestsOf(Page page, String what) {
        try {
            // The page may be gone from Confluence, so ItemAccess cannot find it: the reference comes from the event.
            events.itemDeleted(ItemRef.page(page.getSpaceKey(), page.getIdAsString()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: " + what + " page " + (page == null ? "(none)" : page.getIdAsString())
                    + " not handled; its requests stay open", e);
        }
    }

    private static String keyOf(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
