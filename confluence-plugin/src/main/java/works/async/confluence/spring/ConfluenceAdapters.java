package works.async.confluence.spring;

import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.confluence.spi.ConfluenceItemAccess;
import works.async.confluence.spi.ConfluenceMailer;
import works.async.confluence.spi.ConfluencePageComments;
import works.async.confluence.spi.ConfluenceUserDirectory;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.mail.NotifiedRequests;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.PageComments;
import works.async.plugin.spi.UserDirectory;

/** The host SPI over Confluence's APIs (imported by {@link ConfluenceHostImports}), for the shared beans to use. */
@Configuration(proxyBeanMethods = false)
public class ConfluenceAdapters {

    @Bean
    public UserDirectory userDirectory(UserAccessor userAccessor, TimeZoneManager timeZoneManager) {
        return new ConfluenceUserDirectory(userAccessor, timeZoneManager);
    }

    @Bean
    public ItemAccess itemAccess(PageManager pageManager, SpaceManager spaceManager,
                                 PermissionManager permissionManager, SpacePermissionManager spacePermissionManager,
                                 UserAccessor userAccessor) {
        return new ConfluenceItemAccess(pageManager, spaceManager, permissionManager, spacePermissionManager,
                userAccessor);
    }

    /**
     * Mail over Confluence's mail task queue, worded by the shared {@link NotificationMails}: the stores (the shared
     * beans') name the page and question of each notification.
     */
    @Bean
    public Mailer mailer(MultiQueueTaskManager multiQueueTaskManager, UserAccessor userAccessor,
                         PageManager pageManager, LocaleResolver localeResolver, I18nResolver i18nResolver,
                         TemplateRenderer templateRenderer, ApplicationProperties applicationProperties,
                         ReplyRequestStore replyStore, OwnershipRequestStore ownershipStore,
                         MeetingReportStore reportStore, UserDirectory userDirectory) {
        return new ConfluenceMailer(multiQueueTaskManager, userAccessor, new NotificationMails(i18nResolver,
                localeResolver, templateRenderer, applicationProperties,
                new NotifiedRequests(replyStore, ownershipStore, reportStore), userDirectory,
                ConfluenceMailer.pages(pageManager), "Confluence"));
    }

    /** In-place answers as page comments, for the shared {@code PageAnswerBeans} (Confluence's graph only). */
    @Bean
    public PageComments pageComments(PageManager pageManager, CommentManager commentManager, UserAccessor userAccessor) {
        return new ConfluencePageComments(pageManager, commentManager, userAccessor);
    }
}
