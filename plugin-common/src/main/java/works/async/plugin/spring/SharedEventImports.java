package works.async.plugin.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host services each product's event listener and the escalation job runner need, imported from OSGi: the same
 * atlassian-event and atlassian-scheduler APIs in Jira and Confluence. Kept apart from the beans built on them so that
 * tests can supply mocks in their place, under the same bean names.
 */
@Configuration(proxyBeanMethods = false)
public class SharedEventImports {

    @Bean
    public EventPublisher eventPublisher() {
        return importOsgiService(EventPublisher.class);
    }

    @Bean
    public SchedulerService schedulerService() {
        return importOsgiService(SchedulerService.class);
    }
}
