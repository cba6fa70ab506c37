package works.async.plugin.web.settings;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * Personal settings: own working hours per day (several intervals a day), personal holidays and time off.
 * The zone is shown, not edited: it comes from the host profile.
 *
 * @param restBase          REST base path for scripts
 * @param userKey           the viewer's user key (the due-time preview asks for it)
 * @param zone              the profile zone id
 * @param zoneText          "Your time zone is Europe/Berlin (from your profile)."
 * @param profileHref       the host's profile page, where the zone is changed
 * @param usesPolicyHours   whether the person keeps the policy's default hours
 * @param policyHoursText   the policy's default hours in plain words
 * @param days              Monday to Sunday with their intervals
 * @param holidays          personal days off, ISO dates
 * @param timeOff           absences, in start order, as local date-times in the profile zone
 * @param version           schedule version, sent back on save
 */
@ViewModel
public record SettingsView(String restBase, String userKey, String zone, String zoneText, String profileHref,
                           boolean usesPolicyHours, String policyHoursText,
                           List<Day> days, List<String> holidays, List<Absence> timeOff, long version) {

    public SettingsView {
        days = List.copyOf(days);
        holidays = List.copyOf(holidays);
        timeOff = List.copyOf(timeOff);
    }

    /**
     * One day of the week.
     *
     * @param key       MONDAY..SUNDAY (the REST field name)
     * @param label     the day's name
     * @param intervals its working intervals
     */
    @ViewModel
    public record Day(String key, String label, List<Span> intervals) {

        public Day {
            intervals = List.copyOf(intervals);
        }

        public boolean isWorking() {
            return !intervals.isEmpty();
        }
    }

    /** One working interval, "09:00" to "17:00" ("24:00" allowed as an end). */
    @ViewModel
    public record Span(String start, String end) {
    }

    /** One absence as local date-times ({@code yyyy-MM-ddTHH:mm}) in the profile zone. */
    @ViewModel
    public record Absence(String from, String to) {
    }
}
