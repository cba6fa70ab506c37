package works.async.core.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import works.async.core.DomainEvent;
import works.async.core.policy.FieldProblem;

/** "My schedule": reads and saves a person's own working hours, holidays and time off. */
public final class ScheduleService {

    private final ScheduleStore store;
    private final Clock clock;

    public ScheduleService(ScheduleStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's schedule for editing; an empty one (version 0) when they never saved one. */
    public PersonalSchedule get(String userKey) {
        return store.find(userKey).orElseGet(() -> PersonalSchedule.empty(userKey));
    }

    /**
     * Validates and saves a user's schedule; an invalid draft changes nothing.
     *
     * @param expectedVersion the version of {@link #get(String)} the form started from
     * @throws ScheduleValidationException listing every problem with its field path, before anything is stored
     * @throws works.async.core.DomainException code {@code conflict} when the schedule was saved in between
     */
    public ScheduleUpdate update(String userKey, ScheduleDraft draft, long expectedVersion) {
        Objects.requireNonNull(draft, "draft");
        List<FieldProblem> problems = ScheduleValidator.validate(draft);
        if (!problems.isEmpty()) {
            throw new ScheduleValidationException(problems);
        }
        PersonalSchedule before = get(userKey);
        PersonalSchedule saved = store.save(ScheduleValidator.build(userKey, draft, expectedVersion), expectedVersion);
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new ScheduleChanged(saved, now));
        if (!before.timeOff().equals(saved.timeOff())) {
            events.add(new TimeOffChanged(userKey, before.timeOff(), saved.timeOff(), now));
        }
        return new ScheduleUpdate(saved, events);
    }
}
