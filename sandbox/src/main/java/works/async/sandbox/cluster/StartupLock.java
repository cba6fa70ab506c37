package works.async.sandbox.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import works.async.aohost.AoDatabase;

/**
 * Lets one sandbox at a time create or upgrade the schema and seed the demo data of a shared database, as the
 * products' Active Objects plugin upgrades a plugin's tables under a cluster lock. Without it two sandboxes started
 * at once on a fresh database both ran the upgrade tasks and the second failed on the model-version marker's unique
 * key (or on a table the other had just created). A server database gets a lock of the database's own (PostgreSQL's
 * session advisory lock, MySQL's and MariaDB's named lock) on a connection of this lock's own: the server releases it
 * when that connection closes, so a sandbox killed during its start holds nobody up. An HSQLDB file database needs
 * none: its lock file already keeps a second process out.
 */
public final class StartupLock implements AutoCloseable {

    /** Any fixed number: the sandbox's start is the only advisory lock it takes. */
    private static final long PG_KEY = 0x4173796e63L; // "Async"
    private static final String NAMED_LOCK = "async-work-sandbox-start";
    private static final int WAIT_SECONDS = 600;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits (up to ten minutes) until no other sandbox is starting on this database, then holds it until closed. */
    public static StartupLock acquire(AoDatabase database) {
        String url = database.url();
        boolean postgres = url.startsWith("jdbc:postgresql:");
        boolean mysql = url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
        if (!postgres && !mysql) {
            return new StartupLock(null);
        }
        try {
            Connection c = DriverManager.getConnection(url, database.user(), database.password());
            try {
                if (postgres) {
                    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                        s.setLong(1, PG_KEY);
                        s.execute();
                    }
                } else {
                    try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                        s.setString(1, NAMED_LOCK);
                        s.setInt(2, WAIT_SECONDS);
                        try (ResultSet r = s.executeQuery()) {
                            if (!r.next() || r.getInt(1) != 1) {
                                throw new SQLException("another sandbox kept the start-up lock for " + WAIT_SECONDS + " s");
                            }
                        }
                    }
                }
                return new StartupLock(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock of the database: " + e.getMessage(), e);
        }
    }

    /** Releases the lock (closing its connection is what releases it on every server). */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The server drops the session's locks with the connection, whatever the driver says.
            }
        }
    }
}
