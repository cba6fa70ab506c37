package works.async.core.schedule;

import works.async.core.time.WorkingCalendar;

/**
 * Gives the working calendar a deadline for a given person must be computed in: their zone, their own
 * pattern or the policy default, public plus personal holidays, and their time off.
 */
@FunctionalInterface
public interface CalendarResolver {

    /**
     * @param userKey the host's stable user key
     * @return that person's calendar as of now; never null (unknown users get the policy default in the host's zone)
     */
    WorkingCalendar calendarFor(String userKey);
}
