package works.async.sandbox.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import works.async.core.ItemRef;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;

/**
 * Host events delivered to the plugin's {@link ItemEvents}, as the products deliver events to plugin listeners: after
 * the host change is saved, and a failing listener never undoes the host change (it is logged).
 */
public final class AppHostEvents implements HostEvents {

    private static final Logger LOG = LoggerFactory.getLogger(AppHostEvents.class);

    private final ItemEvents events;
    private final ItemAccess items;

    public AppHostEvents(ItemEvents events, ItemAccess items) {
        this.events = events;
        this.items = items;
    }

    @Override
    public void itemAssigned(ItemRef item, String owner, String actor) {
        deliver("itemAssigned", item, () -> items.find(item.kind(), item.itemKey())
                .ifPresent(h -> events.itemAssigned(h, owner, actor)));
    }

    @Override
    public void commentAdded(ItemRef item, String author, long commentId, String text) {
        deliver("commentAdded", item, () -> items.find(item.kind(), item.itemKey())
                .ifPresent(h -> events.commentAdded(h, author, Long.toString(commentId), text)));
    }

    @Override
    public void itemResolved(ItemRef item) {
        deliver("itemResolved", item, () -> items.find(item.kind(), item.itemKey()).ifPresent(events::itemResolved));
    }

    private static void deliver(String event, ItemRef item, Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.warn("Async Work listener {} failed for {}: {}", event, item.itemKey(), e.toString());
        }
    }
}
