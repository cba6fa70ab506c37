package works.async.confluence.spring;

import com.atlassian.event.api.EventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.confluence.events.PageEventListener;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spring.EscalationJobBeans;

/**
 * Confluence's way into the plugin: its comment and page events. The listener hooks itself into Confluence while the
 * plugin's context is up: the context calls {@code start} once it has built it and {@code stop} when the plugin is
 * disabled or the node shuts down (named here, so that the class itself needs no Spring interface). The escalation job
 * runner, the same in both products, is {@link EscalationJobBeans}'.
 */
@Configuration(proxyBeanMethods = false)
public class ConfluenceEventBeans {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public PageEventListener pageEventListener(EventPublisher eventPublisher, ItemEvents itemEvents,
                                               ItemAccess itemAccess) {
        return new PageEventListener(eventPublisher, itemEvents, itemAccess);
    }
}
