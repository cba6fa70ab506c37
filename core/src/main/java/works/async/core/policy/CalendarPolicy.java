package works.async.core.policy;

import java.time.LocalDate;
import java.util.Set;

import works.async.core.time.WeeklyPattern;

/**
 * The calendar people get unless they set their own; a null field inherits from the less specific scope.
 *
 * @param defaultPattern working hours of anyone without a personal pattern
 * @param holidays       public holidays; a set at a narrower scope replaces (does not extend) the inherited
 *                       set, so a project in another country can drop holidays it does not observe
 */
public record CalendarPolicy(WeeklyPattern defaultPattern, Set<LocalDate> holidays) {

    private static final CalendarPolicy INHERIT = new CalendarPolicy(null, null);

    public CalendarPolicy {
        holidays = Copies.set(holidays, "calendar.holidays");
    }

    public static CalendarPolicy inherit() {
        return INHERIT;
    }
}
