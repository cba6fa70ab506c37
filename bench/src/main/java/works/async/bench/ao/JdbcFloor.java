package works.async.bench.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.NotificationKey;
import works.async.plugin.escalation.PageWriters;

/**
 * The database's floor for the escalation backlog: the same work as {@link EscalationBacklogRunner}'s AO pass, in
 * plain JDBC. The same rows due are read by keyset on the same (NEXT_CHECK_AT, ID) index, 500 at a time on this
 * thread, and each page is written on the same number of {@link PageWriters} in one transaction: its two outbox rows
 * per request as one batch insert, and the requests one level up as one batched, version-guarded UPDATE. The guard in
 * the UPDATE's WHERE is what AO's claim rows do (AO has no conditional update), so the floor writes no claims; and it
 * reads only the columns the escalation needs, where AO reads whole rows.
 */
final class JdbcFloor {

    private static final int PAGE = 500;

    private record Due(String id, String asker, String recipient, long dueAt, long window, int level, long version) {
    }

    private JdbcFloor() {
    }

    /** Escalates every due row once; returns escalations per second. */
    static double run(BenchDatabase db, int writerCount) throws Exception {
        String requests = BenchDatabase.table("REPLY_REQUEST");
        String outbox = BenchDatabase.table("OUTBOX");
        String read = "SELECT \"ID\", \"ASKER\", \"RECIPIENT\", \"DUE_AT\", \"WINDOW_MILLIS\", \"ESCALATION_LEVEL\", "
                + "\"VERSION\", \"NEXT_CHECK_AT\" FROM " + requests + " WHERE \"NEXT_CHECK_AT\" <= ? "
                + "AND (\"NEXT_CHECK_AT\", \"ID\") > (?, ?) ORDER BY \"NEXT_CHECK_AT\", \"ID\" LIMIT " + PAGE;
        String insert = "INSERT INTO " + outbox + " (\"NOTE_KEY\", \"NOTIFICATION_KEY\", \"ADDRESSEE\", \"RECIPIENT\", "
                + "\"DUE_AT\", \"DELIVER_AT\", \"URGENT_OVERRIDE\", \"DELIVERED_AT\", \"ATTEMPTS\") "
                + "VALUES (?, ?, ?, ?, ?, ?, false, 0, 0) ON CONFLICT DO NOTHING";
        String update = "UPDATE " + requests + " SET \"ESCALATION_LEVEL\" = ?, \"VERSION\" = ?, \"NEXT_CHECK_AT\" = ? "
                + "WHERE \"ID\" = ? AND \"VERSION\" = ?";
        long now = BenchDatabase.NOW.toEpochMilli();
        Queue<Connection> opened = new ConcurrentLinkedQueue<>();
        ThreadLocal<Connection> writerConnection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = db.connect();
                c.setAutoCommit(false);
                opened.add(c);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();
        int processed = 0;
        int skipped;
        try (Connection reader = db.connect(); PreparedStatement page = reader.prepareStatement(read);
             PageWriters writers = new PageWriters(writerCount)) {
            long afterAt = Long.MIN_VALUE;
            String afterId = "";
            while (true) {
                page.setLong(1, now);
                page.setLong(2, afterAt);
                page.setString(3, afterId);
                List<Due> rows = new ArrayList<>(PAGE);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getLong(5), rs.getInt(6), rs.getLong(7)));
                        afterAt = rs.getLong(8);
                        afterId = rs.getString(1);
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                writers.submit(() -> write(writerConnection.get(), insert, update, rows, now));
                processed += rows.size();
            }
            skipped = writers.await();
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = processed / seconds;
        System.out.printf("JDBC floor, %d page writer(s): escalated %,d due requests (%,d skipped as changed; outbox rows "
                + "written: %,d) in %.1f s = %,.0f escalations/s; 3 statements per page%n",
                writerCount, processed - skipped, skipped, db.countOutbox(), seconds, rate);
        return rate;
    }

    /** One page in one transaction; returns the rows another writer had changed first (none here). */
    private static int write(Connection c, String insert, String update, List<Due> rows, long now) {
        try (PreparedStatement notes = c.prepareStatement(insert); PreparedStatement up = c.prepareStatement(update)) {
            for (Due r : rows) {
                int level = r.level() + 1;
                String key = new NotificationKey(r.id(), DeadlineKind.REPLY, level).asString();
                for (String addressee : new String[] {r.recipient(), r.asker()}) {
                    notes.setString(1, key + "|" + addressee);
                    notes.setString(2, key);
                    notes.setString(3, addressee);
                    notes.setString(4, r.recipient());
                    notes.setLong(5, r.dueAt());
                    notes.setLong(6, now);
                    notes.addBatch();
                }
                up.setInt(1, level);
                up.setLong(2, r.version() + 1);
                up.setLong(3, now + r.window());
                up.setString(4, r.id());
                up.setLong(5, r.version());
                up.addBatch();
            }
            notes.executeBatch();
            int skipped = 0;
            for (int n : up.executeBatch()) {
                skipped += n == 0 ? 1 : 0;
            }
            c.commit();
            return skipped;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // The connection is broken as well; the failure below is the one to report.
            }
            throw new IllegalStateException("floor page failed", e);
        }
    }
}
