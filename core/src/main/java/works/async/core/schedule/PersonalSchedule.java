package works.async.core.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;

/**
 * What one person set about their own working time; the zone is not here because it comes from the host
 * profile, and public holidays come from policy.
 *
 * @param userKey  the host's stable user key
 * @param pattern  own working hours, or null to use the policy's default calendar
 * @param holidays personal days off, added to the policy's holidays
 * @param timeOff  absences, in start order
 * @param version  optimistic-concurrency version; 0 when never stored
 */
public record PersonalSchedule(String userKey, WeeklyPattern pattern, Set<LocalDate> holidays, List<TimeOff> timeOff, long version) {

    public PersonalSchedule {
        if (userKey == null || userKey.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "userKey", "A schedule belongs to a user.");
        }
        holidays = Set.copyOf(Objects.requireNonNullElse(holidays, Set.of()));
        timeOff = Objects.requireNonNullElse(timeOff, List.<TimeOff>of()).stream()
                .sorted(Comparator.comparing(TimeOff::fromInclusive).thenComparing(TimeOff::toExclusive))
                .toList();
        if (version < 0) {
            throw new DomainException(ErrorCode.INVALID_VERSION, "version", "A schedule version is never negative.");
        }
    }

    /** A person who set nothing: policy pattern, no personal holidays, no time off. */
    public static PersonalSchedule empty(String userKey) {
        return new PersonalSchedule(userKey, null, Set.of(), List.of(), 0);
    }

    public boolean usesPolicyPattern() {
        return pattern == null;
    }

    public PersonalSchedule withVersion(long value) {
        return new PersonalSchedule(userKey, pattern, holidays, timeOff, value);
    }
}
