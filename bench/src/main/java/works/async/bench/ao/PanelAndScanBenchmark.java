package works.async.bench.ao;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.ItemRef;
import works.async.plugin.ao.AoOwnershipStore;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.AoReportStore;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.item.ItemPanel;
import works.async.plugin.item.ItemPanelReader;
import works.async.plugin.viewreads.ViewReads;

/**
 * (a) the item panel read and (b) an escalation pass when nothing is due, on the seeded PostgreSQL database
 * (5M reply requests, 1M open by default), against a baseline of one AO query by primary key measured in the same
 * run. SampleTime mode reports p50/p95/p99. The empty pass is the escalation job's own {@code runOnce}, which with
 * nothing due reads the wake table and stops; the three due-index probes a full pass starts with are measured alone
 * beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PanelAndScanBenchmark {

    private ItemPanelReader panel;
    private AoReplyStore replies;
    private AoOwnershipStore ownership;
    private AoReportStore reports;
    private long items;
    private EscalationJob job;
    private long next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchDatabase db = new BenchDatabase();
        EntityManagerActiveObjects ao = db.openSeeded();
        replies = new AoReplyStore(ao);
        ownership = new AoOwnershipStore(ao);
        reports = new AoReportStore(ao);
        panel = new ItemPanelReader(ownership, replies, reports, new ViewReads());
        items = db.rows / BenchDatabase.REQUESTS_PER_ITEM;
        job = QuietHost.escalationJob(ao, BenchDatabase.NOW);
        EscalationJob.Pass first = job.runOnce();
        if (first.notificationsPlanned() + first.reportsClosed() + first.delivered() > 0) {
            throw new IllegalStateException("Something is due in the benchmark database: " + first);
        }
        AtomicInteger statements = new AtomicInteger();
        ao.entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());
        ItemPanel sample = panel.read(item(12345));
        System.out.printf("%nPanel read of %s: %d SQL statements, %d reply requests; rows in table: %,d%n",
                item(12345).itemKey(), statements.get(), sample.replies().size(), db.count());
        statements.set(0);
        job.runOnce();
        System.out.printf("A pass with nothing due: %d SQL statements%n", statements.get());
    }

    private ItemRef item(long n) {
        long g = n % items;
        // Seeded item keys are "P<g % 100>-<g % items>"; pick g so both parts come from the same row.
        return ItemRef.issue("P" + (g % 100), "P" + (g % 100) + "-" + g);
    }

    /** The baseline: one request read by its id through AO, a single indexed round trip. */
    @Benchmark
    public Object baselineOneQuery() {
        next = (next + 7919) % items;
        return replies.findById("r" + (next + 1));
    }

    @Benchmark
    public ItemPanel panelRead() {
        next = (next + 7919) % items;
        return panel.read(item(next));
    }

    /**
     * The escalation job's whole pass with nothing due, as the host runs it: one read of the wake table (the set-up's
     * first pass, after the upgrade task's wake, ran in full and stored the earliest moment of the seeded rows).
     */
    @Benchmark
    public int escalationPassNothingDue() {
        EscalationJob.Pass pass = job.runOnce();
        return pass.notificationsPlanned() + pass.delivered();
    }

    /** The three due-index probes of a pass alone, one after another. */
    @Benchmark
    public int dueProbesOneAfterAnother() {
        List<?> dueReplies = replies.findCheckDue(BenchDatabase.NOW, DueCursor.start(), 500);
        List<?> dueOwnership = ownership.findCheckDue(BenchDatabase.NOW, DueCursor.start(), 500);
        List<?> dueReviewers = reports.findReviewersDue(BenchDatabase.NOW, Long.MIN_VALUE, 0, 500);
        return dueReplies.size() + dueOwnership.size() + dueReviewers.size();
    }
}
