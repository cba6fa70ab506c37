package works.async.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.item.ItemEvents;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.mail.NotifiedRequests;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.PageComments;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.spring.HostClock;
import works.async.plugin.spring.PageAnswerBeans;
import works.async.plugin.spring.SharedPluginBeans;
import works.async.plugin.web.ScreenLinks;
import works.async.plugin.web.waiting.WaitingLinks;
import works.async.sandbox.demo.DemoUsers;
import works.async.sandbox.host.AppHostEvents;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.HostEvents;
import works.async.sandbox.host.RefusingMailer;
import works.async.sandbox.host.SandboxMailedItems;
import works.async.sandbox.host.SandboxMailer;
import works.async.sandbox.host.SandboxPageComments;
import works.async.sandbox.host.SandboxItemAccess;
import works.async.sandbox.host.SandboxGroups;
import works.async.sandbox.host.SandboxProjectWork;
import works.async.sandbox.host.SandboxUserDirectory;
import works.async.sandbox.pages.ProfileServlet;
import works.async.sandbox.sal.BundleI18nResolver;
import works.async.sandbox.sal.SandboxApplicationProperties;
import works.async.sandbox.sal.SandboxLocaleResolver;
import works.async.sandbox.sal.SandboxUserManager;
import works.async.sandbox.velocity.VelocityAllowlist;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * The sandbox's counterpart of a product's root config: with {@link SharedPluginBeans} it is the plugin's Spring
 * context, the same shared beans Jira and Confluence start, on the sandbox's host services and SPI implementations
 * instead of OSGi imports and product adapters.
 */
@Configuration(proxyBeanMethods = false)
public class SandboxHostConfig {

    /** Where the sandbox's report page is ({@code PluginScreenServlet} serves {@code /secure/async-work/*}). */
    static final String REPORT_HREF = "/secure/async-work/report/{id}";
    /** The sandbox's admin screen edits a project's or space's policy by parameter ({@code &type=NAME} for a type). */
    static final String POLICY_HREF = "/secure/async-work/admin?{kind}={key}";

    /** Starts the plugin's context on the given host; a bean a constructor needs but nobody supplies fails here. */
    public static AnnotationConfigApplicationContext start(SandboxHost host) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(SandboxHost.class, () -> host);
        // A host with pages: in-place answers over its page comments, as Confluence's root config imports them.
        context.register(SandboxHostConfig.class, SharedPluginBeans.class, PageAnswerBeans.class);
        context.refresh();
        return context;
    }

    // --- The host services, as the products' OSGi imports supply them.

    @Bean
    public ActiveObjects activeObjects(SandboxHost host) {
        return host.pluginAo();
    }

    /** The sandbox directory's groups: the products' default groups and the demo's named ones. */
    @Bean
    public SandboxGroups sandboxGroups(SandboxHost host) {
        return new SandboxGroups(host.users(), DemoUsers.GROUPS);
    }

    @Bean
    public SandboxUserManager userManager(SandboxHost host, SandboxGroups groups) {
        return new SandboxUserManager(host.users(), groups);
    }

    @Bean
    public BundleI18nResolver i18nResolver() {
        return BundleI18nResolver.standard();
    }

    /** One renderer for the host's pages and the plugin's fragments: the same escaping and allowlist for both. */
    @Bean
    public VelocityTemplateRenderer templateRenderer(I18nResolver i18n) {
        return new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), i18n);
    }

    @Bean
    public HostClock hostClock(SandboxHost host) {
        return new HostClock(host.clock());
    }

    @Bean
    public ScreenLinks screenLinks() {
        return new ScreenLinks("", REPORT_HREF, ProfileServlet.PATH, POLICY_HREF);
    }

    /** The sandbox's own issue, page, project and space views, where the "waiting for me" page links. */
    @Bean
    public WaitingLinks waitingLinks() {
        return new WaitingLinks("/browse/{key}", "/spaces/{space}/pages/{id}", "/secure/async-work/project/{key}",
                "/spaces/{key}");
    }

    // --- The SPI, as the products' adapters will implement it.

    @Bean
    public SandboxUserDirectory userDirectory(SandboxHost host, SandboxGroups groups) {
        return new SandboxUserDirectory(host.users(), groups);
    }

    @Bean
    public SandboxItemAccess itemAccess(SandboxHost host) {
        return new SandboxItemAccess(host.users(), host.jira(), host.confluence());
    }

    @Bean
    public SandboxProjectWork projectWork(SandboxHost host, ItemAccess items) {
        return new SandboxProjectWork(host.jira(), items);
    }

    /** SAL's base URL: where the sandbox listens, set once its server is bound (see SandboxMain). */
    @Bean
    public SandboxApplicationProperties applicationProperties() {
        return new SandboxApplicationProperties();
    }

    @Bean
    public LocaleResolver localeResolver() {
        return new SandboxLocaleResolver();
    }

    /**
     * Mail worded by the shared {@link NotificationMails}, as in Jira and Confluence, recorded by the sandbox's mail
     * server for the addressee's mailbox, behind the refusals {@code --fail-mail-to} asks for.
     */
    @Bean
    public Mailer mailer(SandboxHost host, I18nResolver i18n, VelocityTemplateRenderer renderer,
                         SandboxApplicationProperties application, LocaleResolver locales, ReplyRequestStore replies,
                         OwnershipRequestStore ownership, MeetingReportStore reports, UserDirectory people,
                         ItemAccess items) {
        NotificationMails mails = new NotificationMails(i18n, locales, renderer, application,
                new NotifiedRequests(replies, ownership, reports), people,
                new SandboxMailedItems(items, host.confluence()), i18n.getText("sandbox.product"));
        return new RefusingMailer(new SandboxMailer(mails, host.mail()), host.failMailTo());
    }

    /** The plugin's listener of host events, as the products' event listeners will be. */
    @Bean
    public AppHostEvents hostEvents(ItemEvents events, ItemAccess items) {
        return new AppHostEvents(events, items);
    }

    /** The host's own write actions (assign, comment, resolve), each raising its event after the change is stored. */
    @Bean
    public HostActions hostActions(SandboxHost host, HostEvents events) {
        return new HostActions(host.jira(), host.confluence(), events, host.clock());
    }

    /** In-place answers written as the host's page comments, through its comment action. */
    @Bean
    public PageComments pageComments(SandboxHost host, HostActions actions) {
        return new SandboxPageComments(host.confluence(), actions);
    }
}
