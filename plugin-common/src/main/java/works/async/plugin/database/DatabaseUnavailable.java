package works.async.plugin.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure was the database going away (a connection the server ended, a server restarting, a pool that
 * could not hand out a connection in time), rather than a bug: the request could not be served now and may be tried
 * again, which the answer says with a 503 instead of a 500. Told by the standard's connection exceptions and SQL
 * state class 08, PostgreSQL's operator intervention states (57P01 terminated by an administrator, 57P02 crash
 * shutdown, 57P03 cannot connect now) and the connection pool's give-up, anywhere in the cause chain.
 */
public final class DatabaseUnavailable {

    private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");
    /** c3p0's "could not check out a connection in time" and "could not acquire any", as the pools name them. */
    private static final Set<String> POOL_GAVE_UP = Set.of("com.mchange.v2.resourcepool.TimeoutException",
            "com.mchange.v2.resourcepool.CannotAcquireResourceException");

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || POOL_GAVE_UP.contains(t.getClass().getName())) {
                return true;
            }
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || OPERATOR_INTERVENTION.contains(state))) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
