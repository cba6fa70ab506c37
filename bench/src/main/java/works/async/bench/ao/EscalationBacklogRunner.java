package works.async.bench.ao;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.DueCursor;
import works.async.plugin.ao.GuardedWrite;

/**
 * (c) a backlog of due escalations processed through AO: pages of 500 read by keyset, each page escalated in one
 * transaction ({@link AoReplyStore#saveAllWithNotifications}: the page's revision claims and outbox rows as batch
 * inserts, one UPDATE per request; two outbox rows per request, recipient and escalation target). Prints the rate and the heap after GC
 * before and after. Run: {@code java -cp benchmarks.jar works.async.bench.ao.EscalationBacklogRunner}
 * ({@code -Dbench.backlog=100000}).
 */
public final class EscalationBacklogRunner {

    private static final int PAGE = 500;

    private EscalationBacklogRunner() {
    }

    public static void main(String[] args) throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 100_000);
        BenchDatabase db = new BenchDatabase();
        EntityManagerActiveObjects ao = db.openSeeded();
        seedBacklog(db, backlog);
        AoReplyStore store = new AoReplyStore(ao);

        java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
        ao.entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        int processed = 0;
        int skipped = 0;
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<ReplyRequest> page = store.findOpenDue(BenchDatabase.NOW, cursor, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<GuardedWrite<ReplyRequest>> writes = new ArrayList<>(page.size());
            for (ReplyRequest r : page) {
                int level = r.escalationLevel() + 1;
                ReplyRequest escalated = new ReplyRequest(r.id(), r.groupId(), r.item(), r.asker(), r.recipient(),
                        r.question(), r.origin(), r.window(), r.openedAt(), r.originalDueAt(), r.renegotiatedDueAt(),
                        r.state(), r.closedAt(), r.closedBy(), r.closeReason(), r.answerCommentId(), true, level,
                        r.version() + 1);
                NotificationKey key = new NotificationKey(r.id(), DeadlineKind.REPLY, level);
                // Escalations go to the recipient and an escalation target: two outbox rows per request.
                writes.add(new GuardedWrite<>(escalated, r.version(), List.of(
                        new Notification(key, r.recipient(), r.recipient(), r.dueAt(), BenchDatabase.NOW, false),
                        new Notification(key, r.asker(), r.recipient(), r.dueAt(), BenchDatabase.NOW, false))));
            }
            skipped += store.saveAllWithNotifications(writes).size();
            processed += page.size();
            ReplyRequest last = page.get(page.size() - 1);
            cursor = new DueCursor(last.dueAt(), last.id());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeapAfterGc();
        // A JDBC batch counts once: it is one statement sent in one round trip.
        System.out.printf("Statements sent: %,d = %.2f per escalated request (pages of %d)%n", statements.get(),
                statements.get() / (double) Math.max(1, processed), PAGE);
        System.out.printf("Escalated %,d due requests (%,d skipped as changed; table: %,d rows; outbox rows written: %,d) "
                        + "in %.1f s = %,.0f escalations/s; heap after GC before %,d KB, after %,d KB; max heap %,d MB%n",
                processed - skipped, skipped, db.count(), db.countOutbox(), seconds, processed / seconds,
                heapBefore / 1024, heapAfter / 1024,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Adds {@code backlog} open requests already past due (level 0), replacing any left by an earlier run. */
    private static void seedBacklog(BenchDatabase db, int backlog) throws Exception {
        long now = BenchDatabase.NOW.toEpochMilli();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + BenchDatabase.table("REPLY_REQUEST") + " WHERE \"ID\" LIKE 'due%'");
            s.execute("DELETE FROM " + BenchDatabase.table("OUTBOX") + " WHERE \"NOTE_KEY\" LIKE 'REPLY:%:due%'");
            s.execute("DELETE FROM " + BenchDatabase.table("REVISION") + " WHERE \"CLAIM_KEY\" LIKE 'REPLY_REQUEST:%:due%'");
            s.execute("INSERT INTO " + BenchDatabase.table("REPLY_REQUEST") + " (\"ID\", \"GROUP_ID\", \"ITEM_KIND\", "
                    + "\"CONTAINER_KEY\", \"ITEM_KEY\", \"ASKER\", \"RECIPIENT\", \"QUESTION\", \"ORIGIN_KIND\", \"WINDOW_MILLIS\", "
                    + "\"OPENED_AT\", \"ORIGINAL_DUE_AT\", \"DUE_AT\", \"STATE\", \"REMINDED\", \"ESCALATION_LEVEL\", \"VERSION\") "
                    + "SELECT 'due' || g, 'gdue' || g, 'JIRA_ISSUE', 'Q', 'Q-' || g, 'asker', 'user' || (g % 20000), "
                    + "'Still waiting on this?', 'EXPLICIT', 57600000, " + now + " - 172800000, " + now + " - 3600000 - g, "
                    + now + " - 3600000 - g, 'OPEN', true, 0, 1 FROM generate_series(1, " + backlog + ") g");
            s.execute("ANALYZE");
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
