package works.async.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;


import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageMacroScreens;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.report.ReportActions;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.viewreads.ViewReads;
import works.async.plugin.viewreads.ViewReadsFilter;
import works.async.plugin.web.Screens;
import works.async.plugin.web.waiting.WaitingScreen;
import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.HostTables;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.MacroIds;
import works.async.sandbox.host.PageSaves;
import works.async.sandbox.host.PluginSchema;
import works.async.sandbox.host.RecordingMailer;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.http.PluginRest;
import works.async.sandbox.sal.SandboxApplicationProperties;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * Everything the sandbox host is made of: two AO namespaces on one database (the host's tables and the Jira
 * plugin's), the host's stores and mail server, and the plugin itself, started as the products start it: the shared
 * Spring beans in a context of their own ({@link SandboxHostConfig}). The host then uses what a product uses of a
 * plugin: its listener, its screens, its REST resources and its escalation job.
 */
public final class Services implements AutoCloseable {

    /** The plugin's AO namespace: the Jira plugin's key, as in a Jira with the plugin installed. */
    public static final String PLUGIN_NAMESPACE = "works.async.jira";
    static final String PLUGIN_DESCRIPTOR = "sandbox-descriptors/jira/atlassian-plugin.xml";

    final EntityManagerActiveObjects hostAo;
    final EntityManagerActiveObjects pluginAo;
    final UserStore users;
    final JiraStore jira;
    final ConfluenceStore confluence;
    final RecordingMailer mailer;
    /** SAL's base URL, which mail links are made from; told where the server listens once it does. */
    final SandboxApplicationProperties application;
    /** The one clock of this sandbox: the app, the screens, the host's comments and mail all read it. */
    final Clock clock;
    /** The plugin's Spring context; closed with the sandbox. */
    final AnnotationConfigApplicationContext plugin;
    /** The renderer of the host's pages and the plugin's fragments alike. */
    final VelocityTemplateRenderer renderer;
    final Screens screens;
    final ReportActions reports;
    final PageReports pageReports;
    final PageActionItems pageActionItems;
    final ReplyActions replies;
    final PageMacroScreens pageMacros;
    final WaitingScreen waiting;
    /** The plugin's one-read-per-view filter, for the issue and page views. */
    final ViewReadsFilter viewReads;
    final EscalationJob escalation;
    final HostActions actions;
    /** The page editor's save: stores the page, then tells the plugin as Confluence's page-save listener does. */
    final PageSaves pageSaves;

    /** @param failMailTo user names whose notifications the sandbox's mail server refuses ({@code --fail-mail-to}) */
    Services(AoDatabase database, Clock clock, Set<String> failMailTo) {
        this.clock = clock;
        hostAo = new EntityManagerActiveObjects(database.entityManager(HostTables.NAMESPACE));
        pluginAo = new EntityManagerActiveObjects(database.entityManager(PLUGIN_NAMESPACE));
        try {
            hostAo.migrate(HostTables.entities().toArray(new Class[0]));
            // The products' AO plugin upgrades a plugin's schema before the plugin uses it; so does the host here.
            new PluginSchema(pluginAo, hostAo, PLUGIN_NAMESPACE).upgrade(PLUGIN_DESCRIPTOR);
            users = new UserStore(hostAo);
            jira = new JiraStore(hostAo);
            confluence = new ConfluenceStore(hostAo);
            mailer = new RecordingMailer(hostAo, clock);
            plugin = SandboxHostConfig.start(new SandboxHost(pluginAo, users, jira, confluence, mailer, failMailTo,
                    clock));
        } catch (RuntimeException e) {
            // The database pools (and HSQLDB's lock on the data directory) must not outlive a failed start.
            disposeDatabases();
            throw e;
        }
        renderer = plugin.getBean(VelocityTemplateRenderer.class);
        screens = plugin.getBean(Screens.class);
        reports = plugin.getBean(ReportActions.class);
        pageReports = plugin.getBean(PageReports.class);
        pageActionItems = plugin.getBean(PageActionItems.class);
        replies = plugin.getBean(ReplyActions.class);
        pageMacros = plugin.getBean(PageMacroScreens.class);
        waiting = plugin.getBean(WaitingScreen.class);
        viewReads = new ViewReadsFilter(plugin.getBean(ViewReads.class));
        escalation = plugin.getBean(EscalationJob.class);
        application = plugin.getBean(SandboxApplicationProperties.class);
        actions = plugin.getBean(HostActions.class);
        pageSaves = new PageSaves(confluence, plugin.getBean(ItemAccess.class), pageReports, pageActionItems, new MacroIds());
    }

    /** The plugin's REST resources and providers, each created through the plugin's context. */
    List<Object> restComponents() {
        return PluginRest.create(plugin);
    }

    @Override
    public void close() {
        plugin.close();
        disposeDatabases();
    }

    private void disposeDatabases() {
        pluginAo.entityManager().getProvider().dispose();
        hostAo.entityManager().getProvider().dispose();
    }
}
