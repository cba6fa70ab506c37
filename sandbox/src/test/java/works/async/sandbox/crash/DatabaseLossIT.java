package works.async.sandbox.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

/**
 * The database server ends every connection of a running sandbox ({@code pg_terminate_backend}), repeatedly while
 * users are served and while an escalation pass works through a backlog. The sandbox keeps answering: a request
 * caught by it may answer 503 with the REST error shape or a page of the sandbox's look, never a 500 or a stack
 * trace; it recovers without a restart (its pool discards the dead connections), and its next passes complete the
 * interrupted work.
 */
@DisplayName("The database ends the sandbox's connections: 503 at worst, then served again without a restart")
@ExtendWith(PostgresExtension.class)
class DatabaseLossIT {

    private static final int LOSSES_WHILE_SERVING = 6;
    private static final int LOSSES_DURING_PASS = 3;

    @Test
    void connectionsEndedByTheServerCostAt503AndTheNextPassFinishesTheWork(PostgresDatabase postgres, @TempDir Path dir)
            throws Exception {
        SharedClock clock = new SharedClock(dir.resolve("clock"));
        Db db = new Db(postgres.url(), postgres.user(), postgres.password());
                try (SandboxNode node = new SandboxNode("node", List.of("--db", postgres.url(), "--db-user", postgres.user(),
                "--db-password", postgres.password()), clock.file, Logs.dir(DatabaseLossIT.class))) {
            node.start();
            NodeClient client = new NodeClient(node);
            Workload work = new Workload("db-loss", clock, 5);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> badAnswers = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            // Users reading the issue panel, an HTML page and writing, all the time.
            Thread users = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    NodeClient.Reply r = switch (i++ % 3) {
                        case 0 -> client.get("bob", NodeClient.REST + "/issues/DEMO-1/async");
                        case 1 -> client.get("bob", "/browse/DEMO-2");
                        default -> {
                            int status = work.create(client);
                            yield new NodeClient.Reply(status, "", "");
                        }
                    };
                    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (r.status() == 503 && !r.body().isEmpty()) {
                        check503(r, badAnswers);
                    }
                }
            });
            users.start();
            int ended = 0;
            for (int i = 0; i < LOSSES_WHILE_SERVING; i++) {
                Thread.sleep(700);
                ended += db.terminateConnections();
            }
            // A backlog made due at once; the connections end while the passes work through it.
            for (int i = 0; i < 30; i++) {
                work.create(client);
            }
            clock.advance(Duration.ofDays(1));
            int duringPass = 0;
            for (int i = 0; i < LOSSES_DURING_PASS; i++) {
                Thread.sleep(400);
                if (db.dueLeft(clock.now().toEpochMilli()) > 0) {
                    duringPass++;
                }
                ended += db.terminateConnections();
            }
            stop.set(true);
            users.join();

            // Served again by the same process: within 20 s, ten panel reads and ten pages in a row (each on any of the
            // server's threads, so a thread left with a dead connection would break the row).
            long lost = System.nanoTime();
            int inARow = 0;
            int failedAfterLoss = 0;
            while (inARow < 10) {
                assertThat(System.nanoTime() - lost).as("time to be served again").isLessThan(20_000_000_000L);
                NodeClient.Reply panel = client.get("bob", NodeClient.REST + "/issues/DEMO-1/async");
                NodeClient.Reply page = client.get("bob", "/browse/DEMO-2");
                if (panel.status() == 200 && page.status() == 200) {
                    inARow++;
                } else {
                    assertThat(List.of(panel.status(), page.status())).allMatch(s -> s == 200 || s == 503);
                    inARow = 0;
                    failedAfterLoss++;
                    Thread.sleep(100);
                }
            }
            int recoveredMillis = (int) ((System.nanoTime() - lost) / 1_000_000);
            work.act(List.of(client));
            Settle.advance(clock, Settle.fromDb(db, clock), Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(30));

            Map<String, Integer> figures = new LinkedHashMap<>();
            figures.put("connection losses", LOSSES_WHILE_SERVING + LOSSES_DURING_PASS);
            figures.put("of which while due work was left", duringPass);
            figures.put("connections ended", ended);
            figures.put("ms until ten in a row were served after the last loss", recoveredMillis);
            figures.put("503 pairs after the last loss", failedAfterLoss);
            statuses.forEach((status, count) -> figures.put("answers " + status, count.get()));
            figures.putAll(work.checkWrites(db));
            figures.putAll(Workload.checkNotifications(db, List.of(node), clock.now()));
            System.out.println("Database connections ended: " + figures);

            assertThat(badAnswers).isEmpty();
            assertThat(statuses.keySet()).as("statuses answered while the connections were ended")
                    .allMatch(s -> s == 200 || s == 201 || s == 503);
            assertThat(figures.get("repeats")).isZero();
        }
    }

    /**
     * A 503 says what happened in the product's words: JSON under /rest, elsewhere the sandbox's own error page (its
     * {@code sandbox-error} block, as every error page of the sandbox has had since they took the product's look).
     */
    private static void check503(NodeClient.Reply r, List<String> bad) {
        boolean json = r.contentType().startsWith("application/json");
        boolean ok = json ? r.body().contains("\"error\":\"unavailable\"")
                : r.body().contains("id=\"sandbox-error\"") && r.body().contains("data-status=\"503\"")
                && r.body().contains("The database cannot be reached just now");
        if (!ok || r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("works.async.")) {
            bad.add(r.body());
        }
    }
}
