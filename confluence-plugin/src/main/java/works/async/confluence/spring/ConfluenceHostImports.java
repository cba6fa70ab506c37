package works.async.confluence.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host services only Confluence's part of the plugin imports: the template renderer its macros, pages and mail
 * render with, and the Confluence and SAL services the Confluence adapters ({@link ConfluenceAdapters}) and links use
 * (the pages' login, WebSudo and page builder come from plugin-common's {@code SharedPageImports}). Kept apart from
 * the adapters so that wired tests can supply mocks in their place, under the same bean names.
 */
@Configuration(proxyBeanMethods = false)
public class ConfluenceHostImports {

    @Bean
    public TemplateRenderer templateRenderer() {
        return importOsgiService(TemplateRenderer.class);
    }

    @Bean
    public UserAccessor userAccessor() {
        return importOsgiService(UserAccessor.class);
    }

    @Bean
    public TimeZoneManager timeZoneManager() {
        return importOsgiService(TimeZoneManager.class);
    }

    @Bean
    public PageManager pageManager() {
        return importOsgiService(PageManager.class);
    }

    /** Confluence's comments: an in-place answer is written as a page comment ({@code addCommentToObject}). */
    @Bean
    public CommentManager commentManager() {
        return importOsgiService(CommentManager.class);
    }

    @Bean
    public SpaceManager spaceManager() {
        return importOsgiService(SpaceManager.class);
    }

    /** Confluence's own (not Jira's, not SAL's): VIEW and EDIT on pages, and who is a Confluence administrator. */
    @Bean
    public PermissionManager permissionManager() {
        return importOsgiService(PermissionManager.class);
    }

    @Bean
    public SpacePermissionManager spacePermissionManager() {
        return importOsgiService(SpacePermissionManager.class);
    }

    /**
     * Confluence's task queues, whose {@code "mail"} queue sends mail. Public Confluence plugins (Team Calendars 8.7)
     * take it with {@code @ComponentImport MultiQueueTaskManager}, so Confluence exports it; not checked for 10.
     */
    @Bean
    public MultiQueueTaskManager multiQueueTaskManager() {
        return importOsgiService(MultiQueueTaskManager.class);
    }

    @Bean
    public LocaleResolver localeResolver() {
        return importOsgiService(LocaleResolver.class);
    }

    /** SAL's, for the base URL: the context path of the screens' links, and the absolute address in mail. */
    @Bean
    public ApplicationProperties applicationProperties() {
        return importOsgiService(ApplicationProperties.class);
    }
}
