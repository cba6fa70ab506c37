package works.async.sandbox.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time of every sandbox of one test: a file each reads through {@code --clock-file} (an offset from the system
 * clock), so all nodes, and every restart of one, share one time that the test moves past due times. It starts at
 * a fixed Wednesday morning, whatever the day the test runs.
 */
final class SharedClock {

    /** Wednesday 3 March 2027, 09:30 UTC: working time in Europe, India and the evening in New Zealand. */
    static final Instant START = Instant.parse("2027-03-03T09:30:00Z");

    final Path file;
    private volatile long offsetMillis;

    SharedClock(Path file) throws IOException {
        this.file = file;
        offsetMillis = Duration.between(Instant.now(), START).toMillis();
        write();
    }

    Instant now() {
        return Instant.ofEpochMilli(Clock.systemUTC().millis() + offsetMillis);
    }

    /** Moves every node's time forward (each re-reads the file within 100 ms). */
    void advance(Duration by) throws IOException {
        offsetMillis += by.toMillis();
        write();
    }

    private void write() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Duration.ofMillis(offsetMillis).toString());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
