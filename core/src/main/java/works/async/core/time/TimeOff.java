package works.async.core.time;

import java.time.Duration;
import java.time.Instant;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** A personal absence {@code [fromInclusive, toExclusive)} in real time, during which nothing counts as working time. */
public record TimeOff(Instant fromInclusive, Instant toExclusive) {

    public TimeOff {
        if (fromInclusive == null) {
            throw new DomainException(ErrorCode.REQUIRED, "fromInclusive", "Time off needs a start");
        }
        if (toExclusive == null) {
            throw new DomainException(ErrorCode.REQUIRED, "toExclusive", "Time off needs an end");
        }
        if (!toExclusive.isAfter(fromInclusive)) {
            throw new DomainException(ErrorCode.INVALID_RANGE, "toExclusive", "Time off must end after it starts");
        }
    }

    /** Real elapsed length of the absence. */
    public Duration length() {
        return Duration.between(fromInclusive, toExclusive);
    }
}
