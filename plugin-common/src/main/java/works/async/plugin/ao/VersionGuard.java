package works.async.plugin.ao;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * Optimistic concurrency through the ActiveObjects facade alone.
 *
 * <p>The facade cannot issue {@code UPDATE ... WHERE VERSION = ?} nor {@code SELECT ... FOR UPDATE}, and an
 * entity's {@code save()} updates by id only, so "read, compare, save" alone loses updates under concurrency.
 * Instead every write first inserts a claim row keyed {@code table:id:expectedVersion} into a table with a
 * unique index, then re-reads the row and compares its version, all in one transaction:
 * <ul>
 * <li>two writers that read the same version insert the same key; the database makes the second wait for
 * the first and then fails it with a unique violation (PostgreSQL and HSQLDB both do), which becomes
 * {@code conflict} and rolls the second transaction back - the failed INSERT aborting a PostgreSQL
 * transaction is harmless because that transaction is abandoned anyway;</li>
 * <li>a writer holding a stale version claims a different key but then reads a newer committed version
 * (the re-read runs after the claim, so under READ COMMITTED it sees every earlier winner) and fails the
 * comparison.</li>
 * </ul>
 * The claim of the previous step is deleted as the next one is taken, so the table holds about one row per
 * entity; a late writer still holding that old version fails the comparison, so pruning loses nothing.
 */
final class VersionGuard {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_VIOLATION = "23000";
    /** MySQL and MariaDB ER_DUP_ENTRY, Oracle ORA-00001, SQL Server's unique constraint and unique index. */
    private static final Set<Integer> DUPLICATE_KEY_VENDOR_CODES = Set.of(1062, 1, 2627, 2601);

    private final ActiveObjects ao;

    VersionGuard(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The error every store reports when someone else changed the row first. */
    static DomainException conflict() {
        return new DomainException(ErrorCode.CONFLICT, null, "Changed by someone else; reload and try again.");
    }

    /**
     * Claims the step from {@code expectedVersion}; must run inside the transaction that then checks the stored
     * version with {@link #check} and writes the row.
     */
    void claim(String table, String id, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion >= 0");
        }
        try {
            ao.create(RevisionEntity.class, new DBParam("CLAIM_KEY", key(table, id, expectedVersion)));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw conflict();
            }
            throw e;
        }
        if (expectedVersion > 1) {
            ao.deleteWithSQL(RevisionEntity.class, "CLAIM_KEY = ?", key(table, id, expectedVersion - 1));
        }
    }

    /**
     * Claims the step of every row of a page in one batch insert (the facade's {@code create(Class, List)}, a JDBC
     * batch: one round trip for the page), inside the transaction that then re-reads the rows. Any row's concurrent
     * claim fails the whole batch, and with it the page, with {@code conflict}: on PostgreSQL the failed statement has
     * aborted the transaction, and on every database the batch may have stopped part-way, so nothing of the page may
     * be kept; the caller rolls the page back and retries row by row, where only the contested row fails. The previous
     * steps' claims are not pruned here but by {@link #forget}, once the caller knows which rows it writes.
     *
     * @param expectedVersions expected version by row id
     */
    void claimAll(String table, Map<String, Long> expectedVersions) {
        List<Map<String, Object>> rows = new ArrayList<>(expectedVersions.size());
        expectedVersions.forEach((id, expectedVersion) -> {
            if (expectedVersion < 0) {
                throw new IllegalArgumentException("expectedVersion >= 0");
            }
            rows.add(Map.of("CLAIM_KEY", key(table, id, expectedVersion)));
        });
        if (rows.isEmpty()) {
            return;
        }
        try {
            ao.create(RevisionEntity.class, rows);
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw conflict();
            }
            throw e;
        }
    }

    /**
     * After {@link #claimAll}: deletes, in IN lists of at most {@link Columns#MAX_IN_LIST}, the previous step's
     * claim of each row being written and the just-taken claim of each row found stale (which is not written, so
     * it leaves nothing behind, as a rolled-back single save would not).
     */
    void forget(String table, Map<String, Long> written, Map<String, Long> stale) {
        List<Object> keys = new ArrayList<>();
        written.forEach((id, expectedVersion) -> {
            if (expectedVersion > 1) {
                keys.add(key(table, id, expectedVersion - 1));
            }
        });
        stale.forEach((id, expectedVersion) -> keys.add(key(table, id, expectedVersion)));
        for (int from = 0; from < keys.size(); from += Columns.MAX_IN_LIST) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + Columns.MAX_IN_LIST));
            ao.deleteWithSQL(RevisionEntity.class, "CLAIM_KEY IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    /**
     * After deleting a row at version {@code version} (its step claimed): deletes every claim its id can still have,
     * its creation's (0), its last step's and the one just taken, so a row created again under the id starts clean.
     */
    void forgetAll(String table, String id, long version) {
        List<Object> keys = new ArrayList<>(List.of(key(table, id, 0), key(table, id, version)));
        if (version > 1) {
            keys.add(key(table, id, version - 1));
        }
        ao.deleteWithSQL(RevisionEntity.class, "CLAIM_KEY IN (" + Columns.placeholders(keys.size()) + ")", keys.toArray());
    }

    /** Throws {@code conflict} unless the stored version (0 when no row) equals the expected one. */
    static void check(long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw conflict();
        }
    }

    private static String key(String table, String id, long version) {
        return table + ":" + version + ":" + id;
    }

    /**
     * Runs a guarded save in its own (or the caller's) transaction. Besides the claim's unique violation, a database
     * may refuse the loser of a race with a serialization failure instead (HSQLDB in MVCC mode does when the winner
     * commits while the loser waits; PostgreSQL would at REPEATABLE READ): that is the same conflict for the user.
     */
    <T> T inTransaction(java.util.function.Supplier<T> write) {
        try {
            return ao.executeInTransaction(write::get);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            if (hasSqlState(e, "40") || isUniqueViolation(e)) {
                throw conflict();
            }
            throw e;
        }
    }

    /**
     * Whether a unique key refused the write: only that means another writer got there first. The rest of SQL state
     * class 23 (NOT NULL, foreign key, check) is a bug or broken data, which "reload and try again" would not cure, so
     * it goes on as an unexpected error, logged for the administrator.
     */
    static boolean isUniqueViolation(Throwable e) {
        return anySqlException(e, VersionGuard::isUniqueKey);
    }

    /**
     * PostgreSQL, HSQLDB and H2 have a state of its own for a unique violation, 23505; MySQL, MariaDB, Oracle and SQL
     * Server answer integrity errors with the class state 23000 and tell a duplicate key by their vendor code.
     */
    private static boolean isUniqueKey(SQLException sql) {
        return UNIQUE_VIOLATION.equals(sql.getSQLState())
                || INTEGRITY_VIOLATION.equals(sql.getSQLState()) && DUPLICATE_KEY_VENDOR_CODES.contains(sql.getErrorCode());
    }

    /** Whether the database refused a transaction as a loser of a concurrent one (SQL state class 40). */
    static boolean isSerializationFailure(Throwable e) {
        return hasSqlState(e, "40");
    }

    private static boolean hasSqlState(Throwable e, String sqlStateClass) {
        return anySqlException(e, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith(sqlStateClass));
    }

    private static boolean anySqlException(Throwable e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A failed batch reports its first error as a BatchUpdateException, whose own state some drivers leave
            // empty; the statement's error is then its next exception.
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (test.test(sql)) {
                    return true;
                }
            }
        }
        return false;
    }
}
