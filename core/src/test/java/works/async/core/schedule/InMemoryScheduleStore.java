package works.async.core.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** Test fake of the schedule store port with the same optimistic version rule the real stores apply. */
final class InMemoryScheduleStore implements ScheduleStore {

    private final Map<String, PersonalSchedule> rows = new HashMap<>();
    int saves;

    @Override
    public Optional<PersonalSchedule> find(String userKey) {
        return Optional.ofNullable(rows.get(userKey));
    }

    @Override
    public PersonalSchedule save(PersonalSchedule schedule, long expectedVersion) {
        saves++;
        long current = find(schedule.userKey()).map(PersonalSchedule::version).orElse(0L);
        if (current != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, "version", "Changed elsewhere (now version " + current + ").");
        }
        PersonalSchedule stored = schedule.withVersion(current + 1);
        rows.put(schedule.userKey(), stored);
        return stored;
    }
}
