package works.async.core.time;

import java.time.Duration;
import java.time.Instant;

import works.async.core.DomainException;

/** A stretch of real time {@code [startInclusive, endExclusive)} that is working time throughout, for display. */
public record WorkingPeriod(Instant startInclusive, Instant endExclusive) {

    public WorkingPeriod {
        if (startInclusive == null) {
            throw new DomainException("required", "startInclusive", "A working period needs a start");
        }
        if (endExclusive == null) {
            throw new DomainException("required", "endExclusive", "A working period needs an end");
        }
        if (!endExclusive.isAfter(startInclusive)) {
            throw new DomainException("invalid_range", "endExclusive", "A working period must end after it starts");
        }
    }

    /** Real elapsed length. */
    public Duration length() {
        return Duration.between(startInclusive, endExclusive);
    }
}
