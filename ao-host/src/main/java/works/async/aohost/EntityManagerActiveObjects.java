package works.async.aohost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.db.HSQLDatabaseProvider;

/**
 * The {@link ActiveObjects} facade over a real AO {@link EntityManager}, as the host's Active
 * Objects plugin provides it: checked {@link SQLException}s become {@link AoSqlException}, and
 * {@link #executeInTransaction} joins an enclosing transaction instead of nesting one.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** Held for the length of each transaction on HSQLDB, null elsewhere (see the class comment). */
    private final Lock oneAtATime;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.oneAtATime = entityManager.getProvider() instanceof HSQLDatabaseProvider ? new ReentrantLock(true) : null;
    }

    /** The underlying entity manager, for host code (e.g. the sandbox) that needs raw access. */
    public EntityManager entityManager() {
        return entityManager;
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return run(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return run(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return run(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return run(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return run(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return run(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            // The host joins the enclosing transaction; so do we, so that stores compose.
            return callback.doInTransaction();
        }
        forgetDeadTransaction();
        if (oneAtATime != null) {
            oneAtATime.lock();
        }
        inTransaction.set(Boolean.TRUE);
        boolean outermost = TRANSACTIONS.get().add(entityManager);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    readCommitted();
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        } finally {
            if (outermost) {
                TRANSACTIONS.get().remove(entityManager);
            }
            inTransaction.remove();
            if (oneAtATime != null) {
                oneAtATime.unlock();
            }
        }
    }

    /**
     * Sets the isolation of the transaction just started, before its first statement (JDBC allows it then; AO has
     * only just set its own level). The connection is the transaction's, which AO does not let this close.
     */
    private void readCommitted() {
        try {
            entityManager.getProvider().getConnection().setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    /**
     * AO keeps a transaction's connection in a thread-local of its provider and forgets it only when a commit
     * succeeds; after a rollback it hands that connection out again as long as it does not report itself closed. A
     * connection the database server ended (a restart, {@code pg_terminate_backend}) during a transaction is such
     * a one: the pool's wrapper still says open, so every later statement of that thread failed with "This
     * connection has been closed" (the escalation job's thread never recovered). Outside a transaction of ours no
     * transaction connection may be bound, so one found there is released and forgotten, and the next statement
     * gets a tested connection from the pool.
     */
    @SuppressWarnings("unchecked")
    private void forgetDeadTransaction() {
        if (TRANSACTION_CONNECTION == null || TRANSACTIONS.get().contains(entityManager)) {
            return;
        }
        try {
            ThreadLocal<Connection> bound = (ThreadLocal<Connection>) TRANSACTION_CONNECTION.get(entityManager.getProvider());
            Connection stale = bound.get();
            if (stale != null) {
                bound.remove();
                if (stale instanceof net.java.ao.DelegateConnection delegate) {
                    delegate.setCloseable(true);
                }
                stale.close();
            }
        } catch (IllegalAccessException | SQLException | RuntimeException ignored) {
            // Best effort: the next statement then fails as it would have, and the one after tries again.
        }
    }

    /** The entity managers with a transaction of ours open on this thread (whichever facade instance opened it). */
    private static final ThreadLocal<java.util.Set<EntityManager>> TRANSACTIONS =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /** AO's {@code DatabaseProvider.transactionThreadLocal}, or null if this AO version has no such field. */
    private static final java.lang.reflect.Field TRANSACTION_CONNECTION = transactionConnectionField();

    private static java.lang.reflect.Field transactionConnectionField() {
        try {
            java.lang.reflect.Field f = net.java.ao.DatabaseProvider.class.getDeclaredField("transactionThreadLocal");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private <T> T run(SqlAction<T> action) {
        forgetDeadTransaction();
        try {
            return action.run();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    @FunctionalInterface
    private interface SqlAction<T> {
        T run() throws SQLException;
    }
}
