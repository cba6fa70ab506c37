package works.async.sandbox.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import works.async.aohost.AtlassianNaming;

/**
 * The nodes' shared database read directly over JDBC (the tests' view from outside the sandboxes): the plugin's
 * reply requests, ownership requests and outbox, and the host's record of delivered mail.
 */
final class Db {

    private static final String PLUGIN = AtlassianNaming.tablePrefix("works.async.jira") + "_";
    private static final String HOST = AtlassianNaming.tablePrefix("works.async.sandbox") + "_";

    private final String url;
    private final String user;
    private final String password;

    Db(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** An HSQLDB file database of a sandbox's {@code --data DIR}; only readable once that sandbox has stopped. */
    static Db hsqldb(Path dataDir) {
        return new Db("jdbc:hsqldb:file:" + dataDir.resolve("async-work").toAbsolutePath() + ";shutdown=true;ifexists=true",
                "SA", "");
    }

    record Reply(String id, String question, String recipient, String state, Long renegotiatedDueAt) {
    }

    record Ownership(String item, String owner, String state, Long endedAt) {
    }

    record Outbox(String noteKey, long deliveredAt, long deliverAt) {
    }

    record Mail(String dedupeKey, String deliveredBy) {
    }

    List<Reply> replies(String questionPrefix) {
        return query("SELECT \"ID\", \"QUESTION\", \"RECIPIENT\", \"STATE\", \"RENEGOTIATED_DUE_AT\" FROM \"" + PLUGIN
                + "REPLY_REQUEST\" WHERE \"QUESTION\" LIKE ?", r -> new Reply(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getObject(5) == null ? null : r.getLong(5)), questionPrefix + "%");
    }

    List<Ownership> ownerships() {
        return query("SELECT \"ITEM_KEY\", \"OWNER_KEY\", \"STATE\", \"ENDED_AT\" FROM \"" + PLUGIN + "OWNERSHIP\"",
                r -> new Ownership(r.getString(1), r.getString(2), r.getString(3),
                        r.getObject(4) == null ? null : r.getLong(4)));
    }

    List<Outbox> outbox() {
        return query("SELECT \"NOTE_KEY\", \"DELIVERED_AT\", \"DELIVER_AT\" FROM \"" + PLUGIN + "OUTBOX\"",
                r -> new Outbox(r.getString(1), r.getLong(2), r.getLong(3)));
    }

    List<Mail> mail() {
        return query("SELECT \"DEDUPE_KEY\", \"DELIVERED_BY\" FROM \"" + HOST + "MAIL\"",
                r -> new Mail(r.getString(1), r.getString(2)));
    }

    List<Mail> repeats() {
        return query("SELECT \"DEDUPE_KEY\", \"DELIVERED_BY\" FROM \"" + HOST + "MAIL_REPEAT\"",
                r -> new Mail(r.getString(1), r.getString(2)));
    }

    /** Work whose moment has come and that no pass has done yet: rows to plan and notifications to deliver. */
    int dueLeft(long nowMillis) {
        return count("SELECT COUNT(*) FROM \"" + PLUGIN + "REPLY_REQUEST\" WHERE \"NEXT_CHECK_AT\" <= ?", nowMillis)
                + count("SELECT COUNT(*) FROM \"" + PLUGIN + "OWNERSHIP\" WHERE \"NEXT_CHECK_AT\" <= ?", nowMillis)
                + count("SELECT COUNT(*) FROM \"" + PLUGIN + "OUTBOX\" WHERE \"DELIVERED_AT\" = 0 AND \"DELIVER_AT\" <= ?",
                nowMillis);
    }

    /** Ends every connection of this database but the caller's, from the server's side (PostgreSQL). */
    int terminateConnections() {
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, long value) {
        return query(sql, r -> r.getInt(1), value).get(0);
    }

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + url + ": " + sql, e);
        }
    }

    /** A connection of the test's own; a server full of other tests' clients is waited for, up to ten seconds. */
    private Connection connect() throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Closes an HSQLDB file database cleanly, so that the next sandbox start finds it as a stopped sandbox left it. */
    void shutdownHsqldb() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static <K> Map<K, Integer> tally(List<K> keys) {
        Map<K, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts;
    }
}
