package works.async.jira.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.scheduler.SchedulerService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.spi.JiraItemAccess;
import works.async.jira.spi.JiraUserDirectory;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.spring.PluginWiringContract;

/**
 * The Jira plugin's context started from its root config on mocked host services. Mocked: the shared host imports
 * (ActiveObjects, UserManager, I18nResolver), Jira's own imports ({@link JiraHostImports}) and, because Jira's mail
 * adapter is not written yet, the SPI bean Mailer. UserDirectory and ItemAccess are the Jira adapters themselves;
 * the event publisher and scheduler are mocked too ({@link JiraEventImports}).
 */
class JiraPluginWiringTest extends PluginWiringContract {

    @Override
    protected Class<?> rootConfig() {
        return JiraPluginConfig.class;
    }

    @Override
    protected List<Class<?>> mockedAdapters() {
        return List.of(Mailer.class);
    }

    @Override
    protected List<Class<?>> productMocks() {
        return List.of(JiraHostMocks.class, JiraEventImportMocks.class);
    }

    @Test
    void theSharedBeansWorkThroughJirasOwnAdapters() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(JiraHostMocks.class, JiraAdapters.class);
            context.refresh();

            assertThat(context.getBean(UserDirectory.class)).isInstanceOf(JiraUserDirectory.class);
            assertThat(context.getBean(ItemAccess.class)).isInstanceOf(JiraItemAccess.class);
        }
    }

    /** In place of {@link JiraHostImports}, under the same bean names. */
    @Configuration(proxyBeanMethods = false)
    static class JiraHostMocks {

        @Bean
        public UserManager jiraUserManager() {
            return mock(UserManager.class);
        }

        @Bean
        public UserSearchService userSearchService() {
            return mock(UserSearchService.class);
        }

        @Bean
        public TimeZoneManager timeZoneManager() {
            return mock(TimeZoneManager.class);
        }

        @Bean
        public IssueManager issueManager() {
            return mock(IssueManager.class);
        }

        @Bean
        public ProjectManager projectManager() {
            return mock(ProjectManager.class);
        }

        @Bean
        public PermissionManager permissionManager() {
            return mock(PermissionManager.class);
        }

        @Bean
        public GlobalPermissionManager globalPermissionManager() {
            return mock(GlobalPermissionManager.class);
        }
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
