package works.async.core.schedule;

import java.util.Optional;

/** Persistence port for personal schedules; hosts implement it. */
public interface ScheduleStore {

    /** The stored schedule of a user, if they ever saved one. */
    Optional<PersonalSchedule> find(String userKey);

    /**
     * Stores a schedule if nobody changed it since {@code expectedVersion} was read.
     *
     * @param expectedVersion the version the caller read; 0 when nothing was stored yet
     * @return the stored schedule carrying its new version ({@code expectedVersion + 1})
     * @throws works.async.core.DomainException with code {@code conflict} when the stored version differs
     */
    PersonalSchedule save(PersonalSchedule schedule, long expectedVersion);
}
