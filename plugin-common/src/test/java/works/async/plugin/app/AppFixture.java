package works.async.plugin.app;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;

import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.plugin.ao.InitialModelUpgradeTask;
import works.async.core.testing.MutableClock;

/**
 * The application wired on a fresh in-memory HSQLDB through real Active Objects, with a fake host: alice, bob and
 * carol in different zones, an administrator, and issue DEMO-1 reported by carol.
 */
public final class AppFixture {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Monday 2 March 2026, 10:00 UTC: inside everyone's working hours on the default calendar in UTC. */
    public static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");

    public final FakeHost host = new FakeHost();
    public final MutableClock clock = new MutableClock(MONDAY_10);
    public final ActiveObjects ao;
    public final AsyncWork app;

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
        app = AsyncWork.builder().activeObjects(ao).userManager(host).userDirectory(host).itemAccess(host)
                .mailer(host).i18n(new BundleI18n()).clock(clock).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(ActiveObjects ao, Class type) {
        // Every table has an ID column; "ID IS NOT NULL" matches every row whatever the key type.
        ao.deleteWithSQL(type, "ID IS NOT NULL");
    }

    /** Runs as the given user. */
    public AsyncWork as(String user) {
        host.signIn(user);
        return app;
    }
}
