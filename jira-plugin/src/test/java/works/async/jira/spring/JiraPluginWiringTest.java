package works.async.jira.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.spi.JiraItemAccess;
import works.async.jira.spi.JiraMailer;
import works.async.jira.spi.JiraProjectWork;
import works.async.jira.spi.JiraUserDirectory;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.spring.PluginWiringContract;

/**
 * The Jira plugin's context started from its root config on mocked host services. Mocked: the shared host imports
 * (ActiveObjects, UserManager, I18nResolver, the event publisher and scheduler) and Jira's own imports
 * ({@link JiraHostImports}, mail queue, locales, base URL, template renderer, login page, WebSudo and page builder
 * included). No SPI bean is mocked: UserDirectory, ItemAccess and Mailer are the Jira adapters themselves. The pages'
 * servlets and condition are among the descriptor's classes created here.
 */
class JiraPluginWiringTest extends PluginWiringContract {

    @Override
    protected String itemPath() {
        return "issues";
    }

    @Override
    protected Class<?> rootConfig() {
        return JiraPluginConfig.class;
    }

    @Override
    protected List<Class<?>> mockedAdapters() {
        return List.of();
    }

    @Override
    protected List<Class<?>> productMocks() {
        return List.of(JiraHostMocks.class);
    }

    @Test
    void theSharedBeansWorkThroughJirasOwnAdapters() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(JiraHostMocks.class, JiraAdapters.class, StoreMocks.class);
            context.refresh();

            assertThat(context.getBean(UserDirectory.class)).isInstanceOf(JiraUserDirectory.class);
            assertThat(context.getBean(ItemAccess.class)).isInstanceOf(JiraItemAccess.class);
            assertThat(context.getBean(Mailer.class)).isInstanceOf(JiraMailer.class);
            assertThat(context.getBean(ProjectWork.class)).isInstanceOf(JiraProjectWork.class);
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
        public SearchService searchService() {
            return mock(SearchService.class);
        }

        @Bean
        public UserSearchService userSearchService() {
            return mock(UserSearchService.class);
        }

        @Bean
        public GroupManager groupManager() {
            return mock(GroupManager.class);
        }

        @Bean
        public GroupPickerSearchService groupPickerSearchService() {
            return mock(GroupPickerSearchService.class);
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

        @Bean
        public MailQueue mailQueue() {
            return mock(MailQueue.class);
        }

        @Bean
        public LocaleResolver localeResolver() {
            return mock(LocaleResolver.class);
        }

        @Bean
        public ApplicationProperties applicationProperties() {
            return mock(ApplicationProperties.class);
        }

        @Bean
        public TemplateRenderer templateRenderer() {
            return mock(TemplateRenderer.class);
        }

        @Bean
        public LoginUriProvider loginUriProvider() {
            return mock(LoginUriProvider.class);
        }

        @Bean
        public WebSudoManager webSudoManager() {
            return mock(WebSudoManager.class);
        }

        @Bean
        public PageBuilderService pageBuilderService() {
            return mock(PageBuilderService.class);
        }
    }

    /** The shared beans the mailer reads requests from, and the i18n it writes with (the shared config's, mocked). */
    @Configuration(proxyBeanMethods = false)
    static class StoreMocks {

        /** The shared beans' clock, which the project-work adapter reads too. */
        @Bean
        public java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }

        @Bean
        public ReplyRequestStore replyStore() {
            return mock(ReplyRequestStore.class);
        }

        @Bean
        public OwnershipRequestStore ownershipStore() {
            return mock(OwnershipRequestStore.class);
        }

        @Bean
        public MeetingReportStore reportStore() {
            return mock(MeetingReportStore.class);
        }

        @Bean
        public I18nResolver i18nResolver() {
            return mock(I18nResolver.class);
        }
    }
}
