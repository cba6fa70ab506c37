package works.async.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A sandbox whose clock stands still at one instant, on a database of its own (demo data seeded at that instant);
 * {@link #close()} stops it and removes its data. Tests compute every expected time from {@link #now()}, never
 * from the wall clock.
 */
public final class FixedSandbox implements AutoCloseable {

    private final Instant now;
    private final Path data;
    private final RunningSandbox sandbox;
    private final SandboxClient client;

    private FixedSandbox(Instant now, Path data, RunningSandbox sandbox) {
        this.now = now;
        this.data = data;
        this.sandbox = sandbox;
        this.client = new SandboxClient(sandbox);
    }

    public static FixedSandbox at(Instant now, String... moreArgs) {
        Path data;
        try {
            data = Files.createTempDirectory("async-work-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] args = Stream.concat(Stream.of("--port", "0", "--data", data.toString()), Stream.of(moreArgs))
                .toArray(String[]::new);
        return new FixedSandbox(now, data, SandboxMain.start(Clock.fixed(now, ZoneOffset.UTC), args));
    }

    /** The sandbox's instant, in milliseconds as the app reads it. */
    public Instant now() {
        return now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    RunningSandbox sandbox() {
        return sandbox;
    }

    public SandboxClient client() {
        return client;
    }

    @Override
    public void close() {
        sandbox.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the directory is under the temporary directory.
        }
    }
}
