package works.async.sandbox.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

/**
 * A sandbox killed with SIGKILL at seeded random moments, alternately in the middle of a burst of writes and while
 * its escalation pass works through a backlog, and started again on the same database each time: nothing it
 * acknowledged is lost, nothing is stored twice, and every notification the outbox planned reaches the mail server
 * (a kill between the mail going out and its row being marked repeats that one delivery, which the mail server's
 * record shows as a repeat: at most one per kill). {@code -Dcrash.kills=N} sets the kills per database.
 */
@DisplayName("kill -9 during writes and during an escalation pass: no acknowledged write lost, no notification lost or doubled")
@ExtendWith(PostgresExtension.class)
class KillNineIT {

    private static final int KILLS = Integer.getInteger("crash.kills", 2);

    @Test
    void onPostgreSql(PostgresDatabase postgres, @TempDir Path dir) throws Exception {
        SharedClock clock = new SharedClock(dir.resolve("clock"));
        Db db = new Db(postgres.url(), postgres.user(), postgres.password());
                try (SandboxNode node = new SandboxNode("pg-node", List.of("--db", postgres.url(), "--db-user", postgres.user(),
                "--db-password", postgres.password()), clock.file, Logs.dir(KillNineIT.class))) {
            Workload work = new Workload("kill-pg", clock, 7);
            Map<String, Integer> kills = killRepeatedly(node, work, clock, Settle.fromDb(db, clock), () -> db.dueLeft(clock.now().toEpochMilli()), 7);
            report("PostgreSQL", node, work, db, kills, clock);
        }
    }

    @Test
    void onTheDefaultHsqldbFileDatabase(@TempDir Path dir) throws Exception {
        SharedClock clock = new SharedClock(dir.resolve("clock"));
        Path data = dir.resolve("data");
                try (SandboxNode node = new SandboxNode("hsqldb-node", List.of("--data", data.toString()), clock.file,
                Logs.dir(KillNineIT.class))) {
            Workload work = new Workload("kill-hsqldb", clock, 11);
            NodeClient admin = new NodeClient(node);
            // The file belongs to the running sandbox; whether a kill left work due is seen once it is back.
            Map<String, Integer> kills = killRepeatedly(node, work, clock, Settle.fromOutbox(admin, clock), null, 11);
            // The database file can be read once its sandbox has stopped (a clean stop, as an administrator's).
            node.stop();
            Db db = Db.hsqldb(data);
            try {
                report("HSQLDB file", node, work, db, kills, clock);
            } finally {
                db.shutdownHsqldb();
            }
        }
    }

    /**
     * Starts the node, then {@link #KILLS} times: a burst of creations from two users killed after 0.3 to 2 s, or a
     * backlog of 60 requests made due at once and the node killed 0.3 to 1.8 s into its passes; each time started
     * again. Then answers, withdraws and renegotiates, and lets every deadline pass.
     */
    private static Map<String, Integer> killRepeatedly(SandboxNode node, Workload work, SharedClock clock,
                                                       IntSupplier settled, IntSupplier dueAtKill, long seed)
            throws Exception {
        Random random = new Random(seed);
        node.start();
        int duringBurst = 0;
        int duringPass = 0;
        int passWorkLeft = 0;
        for (int round = 0; round < KILLS; round++) {
            NodeClient client = new NodeClient(node);
            if (round % 2 == 0) {
                AtomicBoolean stop = new AtomicBoolean();
                Thread[] writers = new Thread[2];
                for (int w = 0; w < writers.length; w++) {
                    writers[w] = new Thread(() -> {
                        // Until the node is gone: the one call in flight at the kill has no answer; none is sent after.
                        while (!stop.get() && work.create(client) != -1) {
                            Thread.onSpinWait();
                        }
                    });
                    writers[w].start();
                }
                Thread.sleep(300 + random.nextInt(1700));
                node.kill();
                stop.set(true);
                for (Thread w : writers) {
                    w.join();
                }
                duringBurst++;
            } else {
                for (int i = 0; i < 30; i++) {
                    work.create(client);
                }
                clock.advance(Duration.ofDays(1)); // the whole backlog is due at the node's next pass
                Thread.sleep(300 + random.nextInt(1500));
                node.kill();
                if (dueAtKill != null && dueAtKill.getAsInt() > 0) {
                    passWorkLeft++;
                }
                duringPass++;
            }
            node.start();
        }
        work.act(List.of(new NodeClient(node)));
        Settle.advance(clock, settled, Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(30));
        Map<String, Integer> kills = new LinkedHashMap<>();
        kills.put("kills", KILLS);
        kills.put("kills during a burst of writes", duringBurst);
        kills.put("kills during escalation passes", duringPass);
        if (dueAtKill != null) {
            kills.put("of which left due work behind", passWorkLeft);
        }
        return kills;
    }

    private static void report(String database, SandboxNode node, Workload work, Db db, Map<String, Integer> kills,
                               SharedClock clock) {
        Map<String, Integer> figures = new LinkedHashMap<>(kills);
        figures.putAll(work.checkWrites(db));
        Map<String, Integer> notes = Workload.checkNotifications(db, List.of(node), clock.now());
        figures.putAll(notes);
        System.out.println("kill -9 on " + database + ": " + figures);
        assertThat(notes.get("repeats")).as("deliveries repeated after a kill").isLessThanOrEqualTo(KILLS);
        assertThat(work.unknownOutcomes.get()).as("calls left without an answer, at most the two in flight per kill")
                .isLessThanOrEqualTo(2 * KILLS);
    }
}
