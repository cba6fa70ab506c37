package works.async.core.time;

import java.time.Duration;
import java.time.Instant;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** A stretch of real time {@code [startInclusive, endExclusive)} that is working time throughout, for display. */
public record WorkingPeriod(Instant startInclusive, Instant endExclusive) {

    public WorkingPeriod {
        if (startInclusive == null) {
            throw new DomainException(ErrorCode.REQUIRED, "startInclusive", "A working period needs a start");
        }
        if (endExclusive == null) {
            throw new DomainException(ErrorCode.REQUIRED, "endExclusive", "A working period needs an end");
        }
        if (!endExclusive.isAfter(startInclusive)) {
            throw new DomainException(ErrorCode.INVALID_RANGE, "endExclusive", "A working period must end after it starts");
        }
    }

    /** Real elapsed length. */
    public Duration length() {
        return Duration.between(startInclusive, endExclusive);
    }
}
