package works.async.bench.ao;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Scheduled;

/**
 * (b) what an escalation pass reads grows with the rows due now, not with the rows open: on the seeded database
 * (1,000,000 open reply requests, 200,000 past their last escalation and 200,000 with reminders over a day ahead), it
 * makes 0, 1,000, 10,000 and 100,000 rows due, walks the due-time index as the pass does (pages of 500 by
 * (NEXT_CHECK_AT, ID)) and prints the open rows, the rows due, the rows read, the statements and the time. For
 * contrast it also counts what the old 24-hour-lookahead scan (STATE, DUE_AT) would read at the same moment. Run:
 * {@code java -Xmx1g -cp benchmarks.jar works.async.bench.ao.DueIndexRunner}.
 */
public final class DueIndexRunner {

    private static final int PAGE = 500;
    private static final long DAY = 86_400_000L;

    private DueIndexRunner() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase db = new BenchDatabase();
        EntityManagerActiveObjects ao = db.openSeeded();
        AoReplyStore store = new AoReplyStore(ao);
        AtomicLong statements = new AtomicLong();
        ao.entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());
        long open = count(db, "\"STATE\" = 'OPEN'");
        long settled = count(db, "\"STATE\" = 'OPEN' AND \"NEXT_CHECK_AT\" IS NULL");
        long remindLater = count(db, "\"STATE\" = 'OPEN' AND \"NEXT_CHECK_AT\" > " + (BenchDatabase.NOW.toEpochMilli() + DAY)
                + " AND \"DUE_AT\" > \"NEXT_CHECK_AT\" + " + DAY);
        System.out.printf("Open reply requests: %,d (%,d past their last escalation, settled; %,d with their next check "
                + "over a day ahead and their due time a day or more after it)%n", open, settled, remindLater);
        for (int due : new int[] {0, 1_000, 10_000, 100_000}) {
            makeDue(db, due);
            for (int run = 0; run < 3; run++) { // the first walk warms the JIT and the caches; the last one is printed
                statements.set(0);
                long started = System.nanoTime();
                long read = walk(store);
                double ms = (System.nanoTime() - started) / 1e6;
                if (run == 2) {
                    System.out.printf("rows open %,d, due now %,d: the pass read %,d rows in %,d statements, %.1f ms%n",
                            open, due, read, statements.get(), ms);
                }
            }
            restore(db, due);
        }
        // The old pass read every open request due within 24 hours, settled or not, on every pass.
        long oldRead = count(db, "\"STATE\" = 'OPEN' AND \"DUE_AT\" <= " + (BenchDatabase.NOW.toEpochMilli() + DAY));
        System.out.printf("for contrast, the 24-hour-lookahead scan of model version 3 would read %,d rows on every pass "
                + "with nothing due (and none of the %,d reminders over a day ahead)%n", oldRead, remindLater);
    }

    /** Every page of rows due now, as the pass reads them; returns the rows read. */
    private static long walk(AoReplyStore store) {
        long read = 0;
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<Scheduled<ReplyRequest>> page = store.findCheckDue(BenchDatabase.NOW, cursor, PAGE);
            read += page.size();
            if (page.size() < PAGE) {
                return read;
            }
            Scheduled<ReplyRequest> last = page.get(page.size() - 1);
            cursor = new DueCursor(last.followup().nextCheckAt(), last.request().id());
        }
    }

    /** Brings the next check of {@code n} ordinary open rows (g % 5 >= 2) to just before NOW. */
    private static void makeDue(BenchDatabase db, int n) throws Exception {
        if (n > 0) {
            update(db, "\"NEXT_CHECK_AT\" = " + (BenchDatabase.NOW.toEpochMilli() - 1_000), n);
        }
    }

    /** Puts those rows' next check back where the seed had it: 4 hours before their due time. */
    private static void restore(BenchDatabase db, int n) throws Exception {
        if (n > 0) {
            update(db, "\"NEXT_CHECK_AT\" = \"DUE_AT\" - 14400000", n);
        }
    }

    private static void update(BenchDatabase db, String set, int n) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE " + BenchDatabase.table("REPLY_REQUEST") + " SET " + set + " WHERE \"ID\" IN (SELECT 'r' || g "
                    + "FROM generate_series(1, " + db.open + ") g WHERE g % 5 >= 2 LIMIT " + n + ")");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE " + BenchDatabase.table("REPLY_REQUEST"));
        }
    }

    private static long count(BenchDatabase db, String where) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + BenchDatabase.table("REPLY_REQUEST") + " WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
