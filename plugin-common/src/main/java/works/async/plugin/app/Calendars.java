package works.async.plugin.app;

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
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Working calendars of people: zone from the host profile, hours and holidays from their own schedule or the
 * policy in force where the item lives, so a due time is counted the way that team agreed.
 */
public final class Calendars {

    private final DefaultCalendarResolver resolver;

    public Calendars(ScheduleStore schedules, UserDirectory directory, PolicyService policies, ZoneId defaultZone) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(defaultZone, "defaultZone");
        this.resolver = new DefaultCalendarResolver(schedules,
                userKey -> directory.byKey(userKey).map(HostUser::zone).orElse(defaultZone), policies);
    }

    /** The calendar under the global policy (used where no item is involved, e.g. delivering notifications). */
    public WorkingCalendar of(String userKey) {
        return resolver.calendarFor(userKey);
    }

    public CalendarResolver global() {
        return resolver;
    }

    /** Calendars under the policy of the item's project / space and issue type. */
    public CalendarResolver forItem(HostItem item) {
        return resolver.inScope(Scopes.of(item));
    }

    /** Calendars under the policy in force at a scope (a project's or space's figures). */
    public CalendarResolver inScope(PolicyScope scope) {
        return resolver.inScope(scope);
    }

    /**
     * Calendars under the policy a reply request was opened under: its item type's when it remembers one, else its
     * project's or space's, so a recomputation counts in the same hours and holidays as the original due time.
     */
    public CalendarResolver forRequest(ReplyRequest request) {
        return resolver.inScope(PolicyScope.of(request.item(), request.itemType()));
    }

    /** Calendars under the policy of the item's project or space, for acts that concern no one request. */
    public CalendarResolver forContainerOf(ItemRef ref) {
        return resolver.inScope(PolicyScope.of(ref, null));
    }
}
