package works.async.jira.spring;

import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.spring.PluginWiringContract;

/**
 * The Jira plugin's context started from its root config on mocked host services. Mocked: the shared host imports
 * (ActiveObjects, UserManager, I18nResolver) and, because the Jira adapters are not written yet (the next issues), the
 * SPI beans UserDirectory, ItemAccess and Mailer that they will supply; and Jira's own imports (below).
 */
class JiraPluginWiringTest extends PluginWiringContract {

    @Override
    protected Class<?> rootConfig() {
        return JiraPluginConfig.class;
    }

    @Override
    protected List<Class<?>> productMocks() {
        return List.of(JiraEventImportMocks.class);
    }

    /** In place of {@link JiraEventImports} (same bean names). */
    @Configuration(proxyBeanMethods = false)
    static class JiraEventImportMocks {

        @Bean
        public EventPublisher eventPublisher() {
            return mock(EventPublisher.class);
        }

        @Bean
        public SchedulerService schedulerService() {
            return mock(SchedulerService.class);
        }
    }
}
