package works.async.plugin.calendar;

import java.time.ZoneId;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyRequest;
import works.async.core.schedule.CalendarResolver;
import works.async.core.schedule.DefaultCalendarResolver;
import works.async.core.schedule.ScheduleStore;
import works.async.core.time.WorkingCalendar;
import works.async.plugin.access.Scopes;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Working calendars of people: zone from the host profile, hours and holidays from their own schedule or the
 * policy in force where the item lives, so a due time is counted the way that team agreed. Each look-up is named for
 * the policy whose hours and holidays it uses, since counting under the wrong one moves deadlines by hours or days.
 */
public final class Calendars {

    private final DefaultCalendarResolver resolver;

    public Calendars(ScheduleStore schedules, UserDirectory directory, PolicyService policies, ZoneId defaultZone) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(defaultZone, "defaultZone");
        this.resolver = new DefaultCalendarResolver(schedules,
                userKey -> directory.byKey(userKey).map(HostUser::zone).orElse(defaultZone), policies);
    }

    /** A person's calendar under the global policy (where no item is involved: a preview, their own zone). */
    public WorkingCalendar userUnderGlobalPolicy(String userKey) {
        return resolver.calendarFor(userKey);
    }

    /** Calendars under the global policy, for acts that count no working time on an item. */
    public CalendarResolver underGlobalPolicy() {
        return resolver;
    }

    /** Calendars under the policy of the item's project / space and issue type. */
    public CalendarResolver underItemPolicy(HostItem item) {
        return resolver.inScope(Scopes.of(item));
    }

    /** Calendars under the policy in force at a scope (a project's or space's figures). */
    public CalendarResolver underPolicyOf(PolicyScope scope) {
        return resolver.inScope(scope);
    }

    /**
     * Calendars under the policy a reply request was opened under: its item type's when it remembers one, else its
     * project's or space's, so a recomputation counts in the same hours and holidays as the original due time.
     */
    public CalendarResolver underRequestPolicy(ReplyRequest request) {
        return resolver.inScope(PolicyScope.of(request.item(), request.itemType()));
    }

    /** Calendars under the policy of the item's project or space, for acts that concern no one request. */
    public CalendarResolver underContainerPolicy(ItemRef ref) {
        return resolver.inScope(PolicyScope.of(ref, null));
    }
}
