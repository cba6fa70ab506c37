package works.async.sandbox.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/** Moving the shared time forward and waiting until the nodes' passes have done everything due by then. */
final class Settle {

    private Settle() {
    }

    /** Due work left, read from the database (PostgreSQL, which other processes may read while the nodes run). */
    static IntSupplier fromDb(Db db, SharedClock clock) {
        return () -> db.dueLeft(clock.now().toEpochMilli());
    }

    /**
     * Due work left as the administrators' outbox shows it (HSQLDB, whose file only its sandbox may open): rows
     * waiting or failing whose delivery time has come. An unreachable node counts as work left.
     */
    static IntSupplier fromOutbox(NodeClient admin, SharedClock clock) {
        return () -> {
            NodeClient.Reply r = admin.get("admin", NodeClient.REST + "/outbox?limit=1000");
            if (!r.ok()) {
                return 1;
            }
            Instant now = clock.now();
            int due = 0;
            for (JsonNode row : r.json()) {
                if (!Instant.parse(row.get("deliverAt").asText()).isAfter(now) || "PARKED".equals(row.get("state").asText())) {
                    due++;
                }
            }
            return due;
        };
    }

    /**
     * For each step, moves the time forward and waits (at most a minute) until nothing due is left, seen three
     * times in a row 700 ms apart and no sooner than three passes (one a second) after the move.
     */
    static void advance(SharedClock clock, IntSupplier dueLeft, Duration... steps) throws Exception {
        for (Duration step : steps) {
            clock.advance(step);
            await(dueLeft);
        }
    }

    static void await(IntSupplier dueLeft) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(1).toNanos();
        int quiet = 0;
        Thread.sleep(3_000);
        while (quiet < 3) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("due work still left after a minute: " + dueLeft.getAsInt());
            }
            quiet = dueLeft.getAsInt() == 0 ? quiet + 1 : 0;
            Thread.sleep(700);
        }
    }
}
