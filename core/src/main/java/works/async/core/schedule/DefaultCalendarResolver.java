package works.async.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

/**
 * Builds a person's working calendar: zone from their host profile, their own pattern or the policy's
 * default, policy holidays plus personal ones, and their time off.
 */
public final class DefaultCalendarResolver implements CalendarResolver {

    private final ScheduleStore schedules;
    private final UserZones zones;
    private final PolicyService policies;

    public DefaultCalendarResolver(ScheduleStore schedules, UserZones zones, PolicyService policies) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The calendar under the global policy's default hours and holidays. */
    @Override
    public WorkingCalendar calendarFor(String userKey) {
        return calendarFor(userKey, PolicyScope.global());
    }

    /** The calendar under the default hours and holidays in force at a project, space or item type. */
    public WorkingCalendar calendarFor(String userKey, PolicyScope scope) {
        EffectivePolicy policy = policies.effective(scope);
        PersonalSchedule schedule = schedules.find(userKey).orElseGet(() -> PersonalSchedule.empty(userKey));
        ZoneId zone = Objects.requireNonNull(zones.zoneOf(userKey), () -> "No time zone for user " + userKey);
        WeeklyPattern pattern = schedule.usesPolicyPattern() ? policy.defaultPattern() : schedule.pattern();
        Set<LocalDate> holidays = new HashSet<>(policy.holidays());
        holidays.addAll(schedule.holidays());
        return WorkingCalendar.of(pattern, zone, holidays, schedule.timeOff());
    }

    /** A resolver bound to one scope, for features that compute deadlines of items in that scope. */
    public CalendarResolver inScope(PolicyScope scope) {
        Objects.requireNonNull(scope, "scope");
        return userKey -> calendarFor(userKey, scope);
    }
}
