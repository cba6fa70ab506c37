package works.async.plugin.spring;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.plugin.item.HostEventListener;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;

/**
 * A product's event beans config hooks its listener into the host's event publisher when the plugin's context starts,
 * and out when it closes (the job runner's part is EscalationJobBeansTest).
 */
public abstract class ListenerBeansContract {

    private final EventPublisher publisher = mock(EventPublisher.class);

    /** The product's config that builds its listener. */
    protected abstract Class<?> eventBeans();

    /** The listener class it builds. */
    protected abstract Class<? extends HostEventListener> listenerType();

    @Test
    void startingTheContextRegistersTheListenerAndClosingItUnregistersIt() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(EventPublisher.class, () -> publisher);
        context.registerBean(ItemEvents.class, () -> mock(ItemEvents.class));
        context.registerBean(ItemAccess.class, () -> mock(ItemAccess.class));
        context.register(eventBeans());
        context.refresh();
        HostEventListener listener = context.getBean(listenerType());

        verify(publisher).register(listener);
        verify(publisher, never()).unregister(any());

        context.close();

        verify(publisher).unregister(listener);
    }
}
