package works.async.core.schedule;

import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainEvent;

/**
 * A person saved their schedule; carries what is now stored. Existing due times stay as they are unless
 * time off changed too, which {@link TimeOffChanged} reports separately.
 *
 * @param schedule the stored schedule with its new version
 * @param at       when, from the injected clock
 */
public record ScheduleChanged(PersonalSchedule schedule, Instant at) implements DomainEvent {

    public ScheduleChanged {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(at, "at");
    }
}
