package works.async.sandbox.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clock running ahead of another by the ISO-8601 duration written in a file ({@code --clock-file}), re-read at
 * most every 100 ms. Sandbox processes given the same file read the same time, so a test can start two of them (two
 * cluster nodes), or kill and restart one, and move their shared time past due times without waiting for them. An
 * unreadable or half-written file keeps the last offset read, so time never jumps back to the system clock's.
 */
public final class OffsetFileClock extends Clock {

    private static final Logger LOG = LoggerFactory.getLogger(OffsetFileClock.class);
    private static final long REREAD_NANOS = 100_000_000L;

    private final Clock base;
    private final Path file;
    private final State state;
    private final long rereadNanos;

    /** What was last read, shared by the zoned copies of this clock. */
    private static final class State {
        volatile long offsetMillis;
        volatile long readAt = Long.MIN_VALUE;
    }

    public OffsetFileClock(Clock base, Path file) {
        this(base, file, new State(), REREAD_NANOS);
        refresh();
    }

    /** With {@code rereadNanos} 0 the file is read at every call (tests). */
    OffsetFileClock(Clock base, Path file, long rereadNanos) {
        this(base, file, new State(), rereadNanos);
        refresh();
    }

    private OffsetFileClock(Clock base, Path file, State state, long rereadNanos) {
        this.base = Objects.requireNonNull(base, "base");
        this.file = Objects.requireNonNull(file, "file");
        this.state = state;
        this.rereadNanos = rereadNanos;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetFileClock(base.withZone(zone), file, state, rereadNanos);
    }

    @Override
    public long millis() {
        long now = System.nanoTime();
        if (rereadNanos == 0 || state.readAt == Long.MIN_VALUE || now - state.readAt > rereadNanos) {
            state.readAt = now;
            refresh();
        }
        return base.millis() + state.offsetMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    private void refresh() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                state.offsetMillis = Duration.parse(text).toMillis();
            }
        } catch (IOException | DateTimeParseException | ArithmeticException e) {
            LOG.debug("Clock file {} unreadable, keeping the offset {} ms: {}", file, state.offsetMillis, e.toString());
        }
    }
}
