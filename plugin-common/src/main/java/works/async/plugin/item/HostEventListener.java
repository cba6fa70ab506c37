package works.async.plugin.item;

import java.util.Objects;

import com.atlassian.event.api.EventPublisher;

import works.async.plugin.spi.ItemAccess;

/**
 * What each product's event listener shares: it hands the host's events to {@link ItemEvents}, finds their items
 * through {@link ItemAccess}, and is registered on the host's atlassian-event {@link EventPublisher} exactly while the
 * plugin is enabled. {@link #start()} and {@link #stop()} are called by the Spring context (the bean's init and destroy
 * methods), so the listener classes stay free of Spring. The publisher calls the subclass's public methods annotated
 * {@code @EventListener}, inside the host's own operation: they log what fails and never throw it.
 */
public abstract class HostEventListener {

    private final EventPublisher publisher;
    protected final ItemEvents events;
    protected final ItemAccess items;

    protected HostEventListener(EventPublisher publisher, ItemEvents events, ItemAccess items) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.events = Objects.requireNonNull(events, "events");
        this.items = Objects.requireNonNull(items, "items");
    }

    public final void start() {
        publisher.register(this);
    }

    public final void stop() {
        publisher.unregister(this);
    }
}
