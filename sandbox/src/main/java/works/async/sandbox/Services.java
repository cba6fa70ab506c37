package works.async.sandbox;

import java.time.Clock;

import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.plugin.app.AsyncWork;
import works.async.sandbox.host.AppHostEvents;
import works.async.sandbox.host.ConfluenceStore;
import works.async.sandbox.host.HostActions;
import works.async.sandbox.host.HostTables;
import works.async.sandbox.host.JiraStore;
import works.async.sandbox.host.PluginSchema;
import works.async.sandbox.host.RecordingMailer;
import works.async.sandbox.host.RefusingMailer;
import works.async.sandbox.host.SandboxItemAccess;
import works.async.sandbox.host.SandboxUserDirectory;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.BundleI18nResolver;
import works.async.sandbox.sal.SandboxUserManager;
import works.async.sandbox.velocity.VelocityAllowlist;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * Everything the sandbox host is made of, wired by hand as the products' plugin system would: two AO namespaces on
 * one database (the host's tables and the Jira plugin's), SAL, the template renderer, the host SPI and the app.
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
    final SandboxUserManager userManager;
    final BundleI18nResolver i18n;
    final VelocityTemplateRenderer renderer;
    final SandboxItemAccess items;
    final RecordingMailer mailer;
    final AsyncWork app;
    final HostActions actions;
    final SandboxUserDirectory directory;
    /** The one clock of this sandbox: the app, the screens, the host's comments and mail all read it. */
    final Clock clock;

    /** @param failMailTo user names whose notifications the sandbox's mail server refuses ({@code --fail-mail-to}) */
    Services(AoDatabase database, Clock clock, java.util.Set<String> failMailTo) {
        this.clock = clock;
        hostAo = new EntityManagerActiveObjects(database.entityManager(HostTables.NAMESPACE));
        pluginAo = new EntityManagerActiveObjects(database.entityManager(PLUGIN_NAMESPACE));
        hostAo.migrate(HostTables.entities().toArray(new Class[0]));
        new PluginSchema(pluginAo, hostAo, PLUGIN_NAMESPACE).upgrade(PLUGIN_DESCRIPTOR);
        users = new UserStore(hostAo);
        jira = new JiraStore(hostAo);
        confluence = new ConfluenceStore(hostAo);
        userManager = new SandboxUserManager(users);
        i18n = BundleI18nResolver.standard();
        renderer = new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath(), i18n);
        items = new SandboxItemAccess(users, jira, confluence);
        mailer = new RecordingMailer(hostAo, clock);
        directory = new SandboxUserDirectory(users);
        app = AsyncWork.builder().activeObjects(pluginAo).userManager(userManager)
                .userDirectory(directory).itemAccess(items).mailer(new RefusingMailer(mailer, failMailTo)).i18n(i18n)
                .clock(clock).build();
        actions = new HostActions(jira, confluence, new AppHostEvents(app, items), clock);
    }

    @Override
    public void close() {
        pluginAo.entityManager().getProvider().dispose();
        hostAo.entityManager().getProvider().dispose();
    }
}
