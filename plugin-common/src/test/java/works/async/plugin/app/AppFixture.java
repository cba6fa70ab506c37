package works.async.plugin.app;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.plugin.ao.InitialModelUpgradeTask;
import works.async.core.testing.MutableClock;
import works.async.plugin.spring.HostClock;
import works.async.plugin.spring.SharedPluginBeans;
import works.async.plugin.web.ScreenLinks;

/**
 * The application wired on a fresh in-memory HSQLDB through real Active Objects, with a fake host: alice, bob and
 * carol in different zones, an administrator, and issue DEMO-1 reported by carol. The graph is the hosts' own:
 * {@link SharedPluginBeans} in a Spring context, given the fake host's services as beans.
 */
public final class AppFixture {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Monday 2 March 2026, 10:00 UTC: inside everyone's working hours on the default calendar in UTC. */
    public static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");

    public final FakeHost host = new FakeHost();
    public final MutableClock clock = new MutableClock(MONDAY_10);
    public final ActiveObjects ao;
    public final App app;

    public AppFixture() {
        this(null);
    }

    /** @param wrap optionally wraps the AO facade (e.g. to inject a failure) */
    public AppFixture(java.util.function.UnaryOperator<ActiveObjects> wrap) {
        this(new AoDatabase("jdbc:hsqldb:mem:app" + DATABASES.incrementAndGet() + ";hsqldb.tx=mvcc", "SA", ""), wrap);
    }

    /**
     * The application on the given database (e.g. PostgreSQL), migrated to the current model and emptied first.
     *
     * @param wrap optionally wraps the AO facade
     */
    public AppFixture(AoDatabase database, java.util.function.UnaryOperator<ActiveObjects> wrap) {
        EntityManagerActiveObjects real = new EntityManagerActiveObjects(database.entityManager("works.async.jira"));
        new InitialModelUpgradeTask().upgrade(null, real);
        for (var type : works.async.plugin.ao.AoModel.entities()) {
            deleteAll(real, type);
        }
        ao = wrap == null ? real : wrap.apply(real);
        host.user("admin", "UTC").user("alice", "UTC").user("bob", "UTC").user("carol", "UTC").user("dave", "UTC");
        host.admins.add("admin");
        host.issue("DEMO-1", "alice", "carol");
        app = new App(start(ao, host, clock));
        host.commentEvents = app.events();
    }

    /** SharedPluginBeans on the fake host, which is at once the UserManager, UserDirectory, ItemAccess and Mailer. */
    private static AnnotationConfigApplicationContext start(ActiveObjects ao, FakeHost host, MutableClock clock) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(ActiveObjects.class, () -> ao);
        context.registerBean(FakeHost.class, () -> host);
        // Both shared bundles, as each product's descriptor loads them into one resolver.
        context.registerBean(I18nResolver.class,
                () -> new BundleI18n("/i18n/async-work.properties", "/i18n/async-work-ui.properties"));
        context.registerBean(HostClock.class, () -> new HostClock(clock));
        context.registerBean(ScreenLinks.class, () -> new ScreenLinks("", "/report/{id}", "/profile"));
        context.registerBean(works.async.plugin.web.waiting.WaitingLinks.class, works.async.plugin.web.waiting.WaitingLinks::products);
        context.register(SharedPluginBeans.class);
        // A host with pages (Confluence, the sandbox) adds in-place answers over its page comments: the fake's.
        context.register(works.async.plugin.spring.PageAnswerBeans.class);
        context.refresh();
        return context;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(ActiveObjects ao, Class type) {
        // Every table has an ID column; "ID IS NOT NULL" matches every row whatever the key type.
        ao.deleteWithSQL(type, "ID IS NOT NULL");
    }

    /** Runs as the given user. */
    public App as(String user) {
        host.signIn(user);
        return app;
    }
}
