package works.async.plugin.web.settings;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.web.Screen;
import works.async.plugin.web.macro.AgreementAssembler;

/** Builds the personal settings form from the person's schedule and the policy's default hours. */
public final class SettingsAssembler {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private SettingsAssembler() {
    }

    /**
     * @param profileHref where the host's user profile is edited (the zone is changed there), relative to the base
     *                    URL, e.g. Jira's {@code /secure/ViewProfile.jspa}
     */
    public static SettingsView assemble(PersonalSchedule schedule, WeeklyPattern policyPattern, String profileHref,
                                        Screen screen) {
        ZoneId zone = screen.viewer().zone();
        WeeklyPattern shown = schedule.usesPolicyPattern() ? policyPattern : schedule.pattern();
        List<SettingsView.Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new SettingsView.Day(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    shown.intervals(day).stream().map(SettingsAssembler::span).toList()));
        }
        return new SettingsView(screen.restBase(), screen.viewer().key(), zone.getId(),
                screen.texts().get("async.ui.settings.zone", zone.getId()),
                screen.baseUrl() + profileHref,
                schedule.usesPolicyPattern(),
                screen.texts().get("async.ui.settings.policyHours", AgreementAssembler.pattern(policyPattern)),
                days,
                schedule.holidays().stream().sorted().map(Object::toString).toList(),
                schedule.timeOff().stream().map(t -> new SettingsView.Absence(
                        LOCAL.format(t.fromInclusive().atZone(zone)), LOCAL.format(t.toExclusive().atZone(zone)))).toList(),
                schedule.version());
    }

    private static SettingsView.Span span(DailyInterval interval) {
        String text = interval.toString();
        int dash = text.indexOf('-');
        return new SettingsView.Span(text.substring(0, dash), text.substring(dash + 1));
    }
}
