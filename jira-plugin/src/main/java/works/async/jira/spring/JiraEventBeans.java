package works.async.jira.spring;

import com.atlassian.event.api.EventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.events.IssueEventListener;
import works.async.plugin.item.ItemEvents;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spring.EscalationJobBeans;

/**
 * Jira's way into the plugin: its issue events. The listener hooks itself into Jira while the plugin's context is up:
 * the context calls {@code start} once it has built it and {@code stop} when the plugin is disabled or the node shuts
 * down (named here, so that the class itself needs no Spring interface). The escalation job runner, the same in both
 * products, is {@link EscalationJobBeans}'.
 */
@Configuration(proxyBeanMethods = false)
public class JiraEventBeans {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public IssueEventListener issueEventListener(EventPublisher eventPublisher, ItemEvents itemEvents,
                                                 ItemAccess itemAccess) {
        return new IssueEventListener(eventPublisher, itemEvents, itemAccess);
    }
}
