package works.async.core.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WorkingCalendar;

/**
 * Groups notifications into one digest per addressee. Urgent notifications should be sent on
 * their own by the caller; this planner bundles whatever it is given.
 */
public final class DigestPlanner {

    private static final Comparator<Notification> ORDER = Comparator
            .comparing(Notification::dueAt)
            .thenComparing(n -> n.key().asString());

    private final CalendarResolver calendars;
    private final Clock clock;

    public DigestPlanner(CalendarResolver calendars, Clock clock) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One digest per addressee (ordered by addressee), delivered at the next {@code digestTime}
     * (wall-clock time in the addressee's zone, from now) or the first working moment after it.
     */
    public List<Digest> group(List<Notification> notifications, LocalTime digestTime) {
        Objects.requireNonNull(digestTime, "digestTime");
        Instant now = clock.instant();
        Map<String, List<Notification>> byAddressee = new TreeMap<>();
        for (Notification n : notifications) {
            byAddressee.computeIfAbsent(n.addressee(), a -> new ArrayList<>()).add(n);
        }
        List<Digest> digests = new ArrayList<>();
        byAddressee.forEach((addressee, items) -> {
            WorkingCalendar calendar = calendars.calendarFor(addressee);
            items.sort(ORDER);
            digests.add(new Digest(addressee, calendar.zone(), deliveryTime(calendar, digestTime, now), items));
        });
        return digests;
    }

    private static Instant deliveryTime(WorkingCalendar calendar, LocalTime digestTime, Instant now) {
        ZonedDateTime local = now.atZone(calendar.zone());
        // ZonedDateTime.of shifts a time inside a DST gap forward, so the digest still goes out that day.
        Instant candidate = ZonedDateTime.of(local.toLocalDate(), digestTime, calendar.zone()).toInstant();
        if (candidate.isBefore(now)) {
            candidate = ZonedDateTime.of(local.toLocalDate().plusDays(1), digestTime, calendar.zone()).toInstant();
        }
        return calendar.isWorkingTime(candidate) ? candidate : calendar.nextWorkingInstant(candidate);
    }
}
