package works.async.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.DomainEvent;

/**
 * The outcome of saving a schedule: what is stored now and the events to publish.
 *
 * @param schedule the stored schedule with its new version
 * @param events   always a {@link ScheduleChanged}, followed by a {@link TimeOffChanged} when absences changed
 */
public record ScheduleUpdate(PersonalSchedule schedule, List<DomainEvent> events) {

    public ScheduleUpdate {
        Objects.requireNonNull(schedule, "schedule");
        events = List.copyOf(events);
    }

    /** The time-off event, present only when the absences differ from before. */
    public Optional<TimeOffChanged> timeOffChanged() {
        return events.stream().filter(TimeOffChanged.class::isInstance).map(TimeOffChanged.class::cast).findFirst();
    }
}
