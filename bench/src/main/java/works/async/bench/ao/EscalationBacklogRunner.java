package works.async.bench.ao;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.escalation.PageWriters;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;

/**
 * (c) a backlog of due escalations processed through AO as the escalation job does it: pages of 500 read by keyset
 * on the due-time index (NEXT_CHECK_AT, ID) on this thread, each page escalated in one transaction on
 * {@link PageWriters} while the next page is read
 * ({@link AoReplyStore#saveAllWithNotifications}: the page's revision claims and outbox rows as batch inserts, one
 * UPDATE per request; two outbox rows per request, recipient and escalation target).
 *
 * <p>Each round processes the same fresh backlog twice: once with one page writer (the baseline: pages stored one
 * after another) and once with the job's two. It prints each run's rate, statements sent and heap after GC before and
 * after, then the median rates and their ratio. Each round then runs the backlog once more through {@link JdbcFloor}, the
 * same work in plain JDBC, and the AO pass is reported as a multiple of that floor. Run: {@code java -Xmx1g -cp benchmarks.jar
 * works.async.bench.ao.EscalationBacklogRunner} ({@code -Dbench.backlog=100000 -Dbench.rounds=3}).
 */
public final class EscalationBacklogRunner {

    private static final int PAGE = 500;
    /** The escalation job's number of page writers (EscalationJob.WRITERS). */
    private static final int WRITERS = 2;

    private EscalationBacklogRunner() {
    }

    public static void main(String[] args) throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        BenchDatabase db = new BenchDatabase();
        EntityManagerActiveObjects ao = db.openSeeded();
        AoReplyStore store = new AoReplyStore(ao);
        AtomicLong statements = new AtomicLong();
        ao.entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());

        List<Double> baseline = new ArrayList<>();
        List<Double> job = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int writers : new int[] {1, WRITERS}) {
                seedBacklog(db, backlog);
                statements.set(0);
                double rate = run(db, store, writers, statements);
                (writers == 1 ? baseline : job).add(rate);
            }
            seedBacklog(db, backlog);
            floor.add(JdbcFloor.run(db, WRITERS));
        }
        // Leave the database as seeded, with nothing due, for PanelAndScanBenchmark's empty pass: vacuumed too, as
        // this server runs without autovacuum, or the empty pass would step over the backlog's dead index entries.
        removeBacklog(db);
        vacuum(db);
        double base = median(baseline);
        double withWriters = median(job);
        System.out.printf("Median of %d rounds: %,.0f escalations/s with 1 page writer (baseline), %,.0f with %d "
                + "(the job's) = %.2f x baseline%n", rounds, base, withWriters, WRITERS, withWriters / base);
        double floorRate = median(floor);
        System.out.printf("JDBC floor with %d page writers: %,.0f escalations/s; the AO pass takes %.2f x the floor's "
                + "time%n", WRITERS, floorRate, floorRate / withWriters);
    }

    /** Escalates the whole backlog once with the given number of page writers; returns escalations per second. */
    private static double run(BenchDatabase db, AoReplyStore store, int writerCount, AtomicLong statements)
            throws Exception {
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        int processed = 0;
        int skipped;
        DueCursor cursor = DueCursor.start();
        try (PageWriters writers = new PageWriters(writerCount)) {
            while (true) {
                List<Scheduled<ReplyRequest>> page = store.findCheckDue(BenchDatabase.NOW, cursor, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                List<GuardedWrite<ReplyRequest>> writes = escalations(page);
                writers.submit(() -> store.saveAllWithNotifications(writes).size());
                processed += page.size();
                Scheduled<ReplyRequest> last = page.get(page.size() - 1);
                cursor = new DueCursor(last.followup().nextCheckAt(), last.request().id());
            }
            skipped = writers.await();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeapAfterGc();
        double rate = processed / seconds;
        // A JDBC batch counts once: it is one statement sent in one round trip.
        System.out.printf("%d page writer(s): escalated %,d due requests (%,d skipped as changed; outbox rows written: "
                        + "%,d) in %.1f s = %,.0f escalations/s; %.2f statements per escalation; heap after GC before "
                        + "%,d KB, after %,d KB%n",
                writerCount, processed - skipped, skipped, db.countOutbox(), seconds, rate,
                statements.get() / (double) Math.max(1, processed), heapBefore / 1024, heapAfter / 1024);
        return rate;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The page's requests one level up, each with two outbox rows (its recipient and an escalation target) and its
     * next check (the next level, a window later), as the job stores them.
     */
    private static List<GuardedWrite<ReplyRequest>> escalations(List<Scheduled<ReplyRequest>> page) {
        List<GuardedWrite<ReplyRequest>> writes = new ArrayList<>(page.size());
        for (Scheduled<ReplyRequest> due : page) {
            ReplyRequest r = due.request();
            int level = r.escalationLevel() + 1;
            ReplyRequest escalated = new ReplyRequest(r.id(), r.groupId(), r.item(), r.itemType(), r.asker(), r.recipient(),
                    r.question(), r.origin(), r.window(), r.openedAt(), r.originalDueAt(), r.renegotiatedDueAt(),
                    r.state(), r.closedAt(), r.closedBy(), r.closeReason(), r.answerCommentId(), true, level,
                    r.version() + 1);
            NotificationKey key = new NotificationKey(r.id(), DeadlineKind.REPLY, level);
            writes.add(new GuardedWrite<>(escalated, r.version(), List.of(
                    new Notification(key, r.recipient(), r.recipient(), r.dueAt(), BenchDatabase.NOW, false),
                    new Notification(key, r.asker(), r.recipient(), r.dueAt(), BenchDatabase.NOW, false)),
                    Followup.at(BenchDatabase.NOW.plus(r.window()))));
        }
        return writes;
    }

    /** Deletes the backlog's requests ("due..."), their claims and their outbox rows. */
    private static void removeBacklog(BenchDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + BenchDatabase.table("REPLY_REQUEST") + " WHERE \"ID\" LIKE 'due%'");
            s.execute("DELETE FROM " + BenchDatabase.table("OUTBOX") + " WHERE \"NOTE_KEY\" LIKE 'REPLY:%:due%'");
            s.execute("DELETE FROM " + BenchDatabase.table("REVISION") + " WHERE \"CLAIM_KEY\" LIKE 'REPLY_REQUEST:%:due%'");
        }
    }

    /** Adds {@code backlog} open requests already past due (level 0), replacing any left by an earlier run. */
    private static void seedBacklog(BenchDatabase db, int backlog) throws Exception {
        long now = BenchDatabase.NOW.toEpochMilli();
        removeBacklog(db);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + BenchDatabase.table("REPLY_REQUEST") + " (\"ID\", \"GROUP_ID\", \"ITEM_KIND\", "
                    + "\"CONTAINER_KEY\", \"ITEM_KEY\", \"ASKER\", \"RECIPIENT\", \"QUESTION\", \"ORIGIN_KIND\", \"WINDOW_MILLIS\", "
                    + "\"OPENED_AT\", \"ORIGINAL_DUE_AT\", \"DUE_AT\", \"STATE\", \"REMINDED\", \"ESCALATION_LEVEL\", \"VERSION\", "
                    + "\"NEXT_CHECK_AT\") "
                    + "SELECT 'due' || g, 'gdue' || g, 'JIRA_ISSUE', 'Q', 'Q-' || g, 'asker', 'user' || (g % 20000), "
                    + "'Still waiting on this?', 'EXPLICIT', 57600000, " + now + " - 172800000, " + now + " - 3600000 - g, "
                    + now + " - 3600000 - g, 'OPEN', true, 0, 1, " + now + " - 3600000 - g FROM generate_series(1, "
                    + backlog + ") g");
        }
        // Quiet before the clock starts: otherwise autovacuum of the rows just deleted and the checkpoint of the WAL
        // just written would run during the measurement, on the same cores.
        vacuum(db);
    }

    /** VACUUM ANALYZE of the tables a backlog touches, then a checkpoint (VACUUM cannot run in a transaction). */
    private static void vacuum(BenchDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : List.of("REPLY_REQUEST", "OUTBOX", "REVISION")) {
                s.execute("VACUUM ANALYZE " + BenchDatabase.table(table));
            }
            s.execute("CHECKPOINT");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
