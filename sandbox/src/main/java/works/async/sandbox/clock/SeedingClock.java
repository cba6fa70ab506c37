package works.async.sandbox.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The sandbox's clock, which the demo data may set back while it seeds past weeks: the app's own services then store
 * exactly the rows that use at that time would have stored. Set only at start-up, before the sandbox serves requests
 * or runs its escalation job; {@link #release} hands the time back to the base clock for good.
 */
public final class SeedingClock extends Clock {

    private final Clock base;
    private volatile Instant seedingAt;

    public SeedingClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** From now on, and until {@link #release}, the time is {@code at}. */
    public void seedAt(Instant at) {
        this.seedingAt = Objects.requireNonNull(at, "at");
    }

    /** The time is the base clock's again. */
    public void release() {
        this.seedingAt = null;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The sandbox's clock has one zone (UTC).");
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public Instant instant() {
        Instant at = seedingAt;
        return at != null ? at : base.instant();
    }
}
