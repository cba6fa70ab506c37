package works.async.jira.spring;

import static com.atlassian.plugins.osgi.javaconfig.OsgiServices.importOsgiService;

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
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Jira services the Jira adapters and the plugin's pages import from OSGi, and only those. Kept apart from the
 * adapters so that wired tests can supply mocks in their place, under the same bean names. Jira's {@link UserManager}
 * is named {@code jiraUserManager}: {@code userManager} is SAL's, imported by the shared host imports.
 */
@Configuration(proxyBeanMethods = false)
public class JiraHostImports {

    @Bean
    public UserManager jiraUserManager() {
        return importOsgiService(UserManager.class);
    }

    @Bean
    public UserSearchService userSearchService() {
        return importOsgiService(UserSearchService.class);
    }

    /** For escalations addressed to a group (their members). */
    @Bean
    public GroupManager groupManager() {
        return importOsgiService(GroupManager.class);
    }

    /** For the policy form's group picker: groups by part of their name, as Jira's own pickers find them. */
    @Bean
    public GroupPickerSearchService groupPickerSearchService() {
        return importOsgiService(GroupPickerSearchService.class);
    }

    @Bean
    public TimeZoneManager timeZoneManager() {
        return importOsgiService(TimeZoneManager.class);
    }

    /** Jira's issue search, for a project page's draft (its resolved, in-progress and blocked issues). */
    @Bean
    public SearchService searchService() {
        return importOsgiService(SearchService.class);
    }

    @Bean
    public IssueManager issueManager() {
        return importOsgiService(IssueManager.class);
    }

    @Bean
    public ProjectManager projectManager() {
        return importOsgiService(ProjectManager.class);
    }

    @Bean
    public PermissionManager permissionManager() {
        return importOsgiService(PermissionManager.class);
    }

    @Bean
    public GlobalPermissionManager globalPermissionManager() {
        return importOsgiService(GlobalPermissionManager.class);
    }

    /**
     * Jira's outgoing mail queue. Imported as an OSGi service, not read from {@code ComponentAccessor}: public Jira
     * plugins take it with {@code @ComponentImport MailQueue}, so Jira exports it like the services above.
     */
    @Bean
    public MailQueue mailQueue() {
        return importOsgiService(MailQueue.class);
    }

    @Bean
    public LocaleResolver localeResolver() {
        return importOsgiService(LocaleResolver.class);
    }

    /** SAL's, for the base URL (not Jira's own {@code com.atlassian.jira.config.properties.ApplicationProperties}). */
    @Bean
    public ApplicationProperties applicationProperties() {
        return importOsgiService(ApplicationProperties.class);
    }

    @Bean
    public TemplateRenderer templateRenderer() {
        return importOsgiService(TemplateRenderer.class);
    }
}
