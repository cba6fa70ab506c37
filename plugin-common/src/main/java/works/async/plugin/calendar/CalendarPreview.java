package works.async.plugin.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.time.NoWorkingTimeException;
import works.async.core.time.WorkingCalendar;
import works.async.plugin.access.Caller;
import works.async.plugin.access.People;
import works.async.plugin.spi.HostUser;

/** "When would this be due?": a working-time sum in someone's calendar, for forms that show a due time before asking. */
public final class CalendarPreview {

    private final Calendars calendars;
    private final People people;
    private final Caller caller;
    private final Clock clock;

    public CalendarPreview(Calendars calendars, People people, Caller caller, Clock clock) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.people = Objects.requireNonNull(people, "people");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A preview of a due time.
     *
     * @param user  who the calendar belongs to
     * @param zone  their zone
     * @param from  where counting started
     * @param dueAt {@code from} plus the working minutes in their calendar
     */
    public record Preview(HostUser user, ZoneId zone, Instant from, Instant dueAt) {
    }

    /** Counts {@code workingMinutes} from {@code from} (now when null) in the user's calendar (a key or user name). */
    public Preview preview(String user, Instant from, Integer workingMinutes) {
        caller.require();
        String key = people.resolveKey(user, "user");
        if (workingMinutes == null) {
            throw new DomainException(ErrorCode.REQUIRED, "workingMinutes", "How many working minutes?");
        }
        if (workingMinutes < 0 || workingMinutes > ExplicitWindow.MAX_WORKING_MINUTES) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, "workingMinutes", "The window is out of range.");
        }
        Instant start = from == null ? clock.instant() : from;
        WorkingCalendar calendar = calendars.userUnderGlobalPolicy(key);
        HostUser profile = people.byKey(key).orElseThrow();
        try {
            return new Preview(profile, calendar.zone(), start, calendar.addWorkingTime(start, Duration.ofMinutes(workingMinutes)));
        } catch (NoWorkingTimeException e) {
            throw e.about("user");
        }
    }
}
