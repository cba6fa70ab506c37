package works.async.confluence.spring;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.spring.PluginWiringContract;

/**
 * The Confluence plugin's context started from its root config on mocked host services: the shared host imports
 * (ActiveObjects, UserManager, I18nResolver, the event publisher and scheduler) and every Confluence import
 * ({@link ConfluenceHostImports}: the template renderer, the pages' LoginUriProvider, WebSudoManager and
 * PageBuilderService, and the adapters' Confluence and SAL services). The SPI beans UserDirectory, ItemAccess and
 * Mailer are Confluence's own adapters: none is mocked.
 */
class ConfluencePluginWiringTest extends PluginWiringContract {

    @Override
    protected String itemPath() {
        return "pages";
    }

    @Override
    protected Class<?> rootConfig() {
        return ConfluencePluginConfig.class;
    }

    @Override
    protected List<Class<?>> mockedAdapters() {
        return List.of();
    }

    @Override
    protected List<Class<?>> productMocks() {
        return List.of(ConfluenceHostMocks.class);
    }

    /** In place of {@link ConfluenceHostImports}, under the same bean names. */
    @Configuration(proxyBeanMethods = false)
    static class ConfluenceHostMocks {

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

        @Bean
        public UserAccessor userAccessor() {
            return mock(UserAccessor.class);
        }

        @Bean
        public TimeZoneManager timeZoneManager() {
            return mock(TimeZoneManager.class);
        }

        @Bean
        public PageManager pageManager() {
            return mock(PageManager.class);
        }

        @Bean
        public CommentManager commentManager() {
            return mock(CommentManager.class);
        }

        @Bean
        public SpaceManager spaceManager() {
            return mock(SpaceManager.class);
        }

        @Bean
        public PermissionManager permissionManager() {
            return mock(PermissionManager.class);
        }

        @Bean
        public SpacePermissionManager spacePermissionManager() {
            return mock(SpacePermissionManager.class);
        }

        @Bean
        public MultiQueueTaskManager multiQueueTaskManager() {
            return mock(MultiQueueTaskManager.class);
        }

        @Bean
        public LocaleResolver localeResolver() {
            return mock(LocaleResolver.class);
        }

        /** Confluence under a context path, as the screens' links must keep it. */
        @Bean
        public ApplicationProperties applicationProperties() {
            ApplicationProperties properties = mock(ApplicationProperties.class);
            when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
            return properties;
        }
    }
}
