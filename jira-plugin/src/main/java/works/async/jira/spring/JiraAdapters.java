package works.async.jira.spring;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.spi.JiraItemAccess;
import works.async.jira.spi.JiraUserDirectory;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.UserDirectory;

/** The host SPI over Jira's APIs (imported by {@link JiraHostImports}), for the shared beans to use. */
@Configuration(proxyBeanMethods = false)
public class JiraAdapters {

    @Bean
    public UserDirectory userDirectory(UserManager jiraUserManager, UserSearchService userSearchService,
                                       TimeZoneManager timeZoneManager) {
        return new JiraUserDirectory(jiraUserManager, userSearchService, timeZoneManager);
    }

    @Bean
    public ItemAccess itemAccess(IssueManager issueManager, ProjectManager projectManager,
                                 PermissionManager permissionManager, GlobalPermissionManager globalPermissionManager,
                                 UserManager jiraUserManager) {
        return new JiraItemAccess(issueManager, projectManager, permissionManager, globalPermissionManager,
                jiraUserManager);
    }
}
