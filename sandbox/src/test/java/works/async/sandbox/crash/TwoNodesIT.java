package works.async.sandbox.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

/**
 * Two sandbox processes on one fresh PostgreSQL database, started at the same moment and each running the
 * escalation job every second, as two cluster nodes would if the scheduler ran the job on both: users create, answer,
 * withdraw and renegotiate reply requests and assign issues on both, time passes every deadline, and then every
 * acknowledged write is stored exactly once and every notification the outbox planned reached the mail server once,
 * counting both nodes' deliveries.
 */
@DisplayName("Two nodes on one PostgreSQL database: no write lost or doubled, every notification delivered once")
@ExtendWith(PostgresExtension.class)
class TwoNodesIT {

    @Test
    void twoNodesShareTheWorkAndNeitherDeliversWhatTheOtherDid(PostgresDatabase postgres, @TempDir Path dir) throws Exception {
        SharedClock clock = new SharedClock(dir.resolve("clock"));
        List<String> db = List.of("--db", postgres.url(), "--db-user", postgres.user(), "--db-password", postgres.password());
        Db database = new Db(postgres.url(), postgres.user(), postgres.password());
                try (SandboxNode a = new SandboxNode("node-a", db, clock.file, Logs.dir(TwoNodesIT.class));
             SandboxNode b = new SandboxNode("node-b", db, clock.file, Logs.dir(TwoNodesIT.class))) {
            // At once on a fresh database: both create the schema and the demo data, or wait for the other.
            a.launch();
            b.launch();
            a.awaitReady();
            b.awaitReady();
            List<NodeClient> clients = List.of(new NodeClient(a), new NodeClient(b));
            Workload work = new Workload("two-nodes", clock, 42);

            ExecutorService users = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    NodeClient client = clients.get(node);
                    int first = node * 4 + 1;
                    done.add(users.submit(() -> {
                        NodeClient.Session session = client.signIn("admin");
                        for (int i = 0; i < 30; i++) {
                            work.create(client);
                            if (i % 6 == 0) {
                                work.assign(session, first + (i / 6) % 4);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(3, TimeUnit.MINUTES);
                }
            } finally {
                users.shutdownNow();
            }
            // Reminders of the first requests come due while the rest are answered, withdrawn and renegotiated.
            clock.advance(Duration.ofMinutes(50));
            int acted = work.act(clients);
            Settle.advance(clock, Settle.fromDb(database, clock), Duration.ofDays(1),
                    Duration.ofDays(5), Duration.ofDays(30));

            Map<String, Integer> writes = work.checkWrites(database);
            Map<String, Integer> notes = Workload.checkNotifications(database, List.of(a, b), clock.now());
            Map<String, Integer> figures = new LinkedHashMap<>(writes);
            figures.putAll(notes);
            figures.put("acts acknowledged", acted);
            System.out.println("Two nodes on one PostgreSQL database: " + figures);

            assertThat(work.unknownOutcomes).hasValue(0);
            assertThat(notes.get("repeats")).as("deliveries of a notification already delivered").isZero();
            assertThat(notes.get("delivered by node-a") + notes.get("delivered by node-b"))
                    .isEqualTo(notes.get("notifications planned and due"));
        }
    }
}
