package works.async.plugin.ao;

import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DatabaseProvider;
import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;

/**
 * A migrated Active Objects facade on one test database, emptied between tests, with a statement counter. Public (in
 * the test-jar) for the products' wired tests, which run their whole plugin on it.
 */
public final class AoFixture {

    static final String NAMESPACE = "works.async.jira";

    private final EntityManagerActiveObjects ao;
    private final AtomicInteger statements = new AtomicInteger();

    public AoFixture(AoDatabase database) {
        ao = new EntityManagerActiveObjects(database.entityManager(NAMESPACE));
        new InitialModelUpgradeTask().upgrade(null, ao);
        DatabaseProvider provider = ao.entityManager().getProvider();
        provider.addSqlListener(sql -> statements.incrementAndGet());
    }

    /** An in-memory HSQLDB in MVCC mode (row locks, like PostgreSQL) so concurrency tests mean something. */
    public static AoDatabase hsqldb(String name) {
        return new AoDatabase("jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "SA", "");
    }

    public ActiveObjects ao() {
        return ao;
    }

    public void clear() {
        for (var type : AoModel.entities()) {
            deleteAll(type);
        }
        ao.flushAll();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class type) {
        // Every table has an ID column; "ID IS NOT NULL" matches every row whatever the key type.
        ao.deleteWithSQL(type, "ID IS NOT NULL");
    }

    /**
     * Whether AO sends a batch insert as one JDBC batch. Its HSQLDB provider inserts the rows one by one (in the same
     * JVM, where a statement costs no round trip); the server databases' providers send one batch.
     */
    boolean insertsInBatches() {
        return !(ao.entityManager().getProvider() instanceof net.java.ao.db.HSQLDatabaseProvider);
    }

    /** Statements AO sent to the database while running the action. */
    int countStatements(Runnable action) {
        int before = statements.get();
        action.run();
        return statements.get() - before;
    }
}
