package works.async.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import works.async.core.DomainEvent;
import works.async.core.time.TimeOff;

/**
 * A person's time off changed; open reply requests addressed to them recompute their due times, because
 * time off pauses a reply window (unlike policy changes, which only affect new requests).
 *
 * @param userKey whose time off changed
 * @param before  absences before the change, in start order
 * @param after   absences now, in start order
 * @param at      when, from the injected clock
 */
public record TimeOffChanged(String userKey, List<TimeOff> before, List<TimeOff> after, Instant at) implements DomainEvent {

    public TimeOffChanged {
        Objects.requireNonNull(userKey, "userKey");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(at, "at");
    }
}
