package works.async.jira.spring;

import java.time.Clock;

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
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.jira.spi.JiraItemAccess;
import works.async.jira.spi.JiraMailer;
import works.async.jira.spi.JiraProjectWork;
import works.async.jira.spi.JiraUserDirectory;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.mail.NotifiedRequests;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.UserDirectory;

/** The host SPI over Jira's APIs (imported by {@link JiraHostImports}), for the shared beans to use. */
@Configuration(proxyBeanMethods = false)
public class JiraAdapters {

    @Bean
    public UserDirectory userDirectory(UserManager jiraUserManager, UserSearchService userSearchService,
                                       TimeZoneManager timeZoneManager, GroupManager groupManager,
                                       GroupPickerSearchService groupPickerSearchService,
                                       GlobalPermissionManager globalPermissionManager) {
        return new JiraUserDirectory(jiraUserManager, userSearchService, timeZoneManager, groupManager,
                groupPickerSearchService, globalPermissionManager);
    }

    @Bean
    public ItemAccess itemAccess(IssueManager issueManager, ProjectManager projectManager,
                                 PermissionManager permissionManager, GlobalPermissionManager globalPermissionManager,
                                 UserManager jiraUserManager) {
        return new JiraItemAccess(issueManager, projectManager, permissionManager, globalPermissionManager,
                jiraUserManager);
    }

    /** A project's resolved, in-progress and blocked issues, from Jira's search as the viewer. */
    @Bean
    public ProjectWork projectWork(SearchService searchService, UserManager jiraUserManager, Clock clock) {
        return new JiraProjectWork(searchService, jiraUserManager, clock);
    }

    /**
     * Mail over Jira's queue, worded by the shared {@link NotificationMails}: the stores (the shared beans') name the
     * issue and question of each notification.
     */
    @Bean
    public Mailer mailer(MailQueue mailQueue, UserManager jiraUserManager, LocaleResolver localeResolver,
                         I18nResolver i18nResolver, TemplateRenderer templateRenderer,
                         ApplicationProperties applicationProperties, ReplyRequestStore replyStore,
                         OwnershipRequestStore ownershipStore, MeetingReportStore reportStore,
                         UserDirectory userDirectory, ItemAccess itemAccess) {
        return new JiraMailer(mailQueue, jiraUserManager, new NotificationMails(i18nResolver, localeResolver,
                templateRenderer, applicationProperties, new NotifiedRequests(replyStore, ownershipStore, reportStore),
                userDirectory, JiraMailer.issues(itemAccess), "Jira"));
    }
}
