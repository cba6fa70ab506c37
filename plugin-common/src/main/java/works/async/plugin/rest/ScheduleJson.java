package works.async.plugin.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.FieldProblem;
import works.async.core.schedule.ScheduleDraft;
import works.async.core.schedule.ScheduleValidationException;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.schedule.ScheduleActions;

/** The JSON of "my schedule": {@code {"zone","week":{"MONDAY":[["09:00","17:00"]]},"holidays","timeOff"}}. */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    /**
     * A schedule as read and written. On input, a missing or null {@code week} means "use the policy's hours", and
     * days absent from a given week have no working time; usesPolicyPattern is ignored, and a zone, when given,
     * must be the host profile's (it is changed there, never here).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String zone, Map<String, List<List<String>>> week, List<String> holidays, List<Absence> timeOff,
                       Long version, Boolean usesPolicyPattern) {
    }

    /** One absence, {@code [from, to)}, as ISO instants. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Absence(String from, String to) {
    }

    static Body body(ScheduleActions.ScheduleView view) {
        return new Body(view.zone().getId(), week(view.pattern()),
                view.schedule().holidays().stream().sorted().map(LocalDate::toString).toList(),
                view.schedule().timeOff().stream()
                        .map(t -> new Absence(t.fromInclusive().toString(), t.toExclusive().toString())).toList(),
                view.schedule().version(), view.usesPolicyPattern());
    }

    /** Days in week order, each interval as ["HH:mm","HH:mm"], an end at midnight as "24:00"; empty days left out. */
    static Map<String, List<List<String>>> week(WeeklyPattern pattern) {
        Map<String, List<List<String>>> week = new LinkedHashMap<>();
        if (pattern == null) {
            return week;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<List<String>> intervals = pattern.intervals(day).stream()
                    .map(i -> List.of(hhmm(i.startMinute()), hhmm(i.endMinute()))).toList();
            if (!intervals.isEmpty()) {
                week.put(day.name(), intervals);
            }
        }
        return week;
    }

    /** The draft to validate; text that cannot even be read (a bad day name or date) is reported all at once. */
    static ScheduleDraft draft(Body body) {
        if (body == null) {
            throw new DomainException(ErrorCode.REQUIRED, null, "A schedule is required.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<DayOfWeek, List<ScheduleDraft.Interval>> week = body.week() == null ? null : parseWeek(body.week(), problems);
        List<LocalDate> holidays = new ArrayList<>();
        List<String> given = body.holidays() == null ? List.of() : body.holidays();
        // Over-long lists are refused as a whole, once, before their entries are read.
        if (given.size() > Bounds.MAX_HOLIDAYS) {
            problems.add(new FieldProblem("holidays", "too_many", "At most " + Bounds.MAX_HOLIDAYS + " holidays."));
            given = List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            try {
                holidays.add(Parse.date(given.get(i), "holidays[" + i + "]"));
            } catch (DomainException e) {
                problems.add(new FieldProblem(e.field(), e.code(), e.getMessage()));
            }
        }
        List<ScheduleDraft.Absence> timeOff = new ArrayList<>();
        List<Absence> absences = body.timeOff() == null ? List.of() : body.timeOff();
        if (absences.size() > Bounds.MAX_ABSENCES) {
            problems.add(new FieldProblem("timeOff", "too_many", "At most " + Bounds.MAX_ABSENCES + " absences."));
            absences = List.of();
        }
        for (int i = 0; i < absences.size(); i++) {
            Absence a = absences.get(i);
            String path = "timeOff[" + i + "]";
            try {
                timeOff.add(a == null ? null : new ScheduleDraft.Absence(Parse.instant(a.from(), path + ".from"),
                        Parse.instant(a.to(), path + ".to")));
            } catch (DomainException e) {
                problems.add(new FieldProblem(e.field(), e.code(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScheduleValidationException(problems);
        }
        return new ScheduleDraft(week, holidays, timeOff);
    }

    private static Map<DayOfWeek, List<ScheduleDraft.Interval>> parseWeek(Map<String, List<List<String>>> given,
                                                                          List<FieldProblem> problems) {
        Map<DayOfWeek, List<ScheduleDraft.Interval>> week = new EnumMap<>(DayOfWeek.class);
        given.forEach((name, intervals) -> {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("week." + name, "invalid_day", "Not a day of the week."));
                return;
            }
            List<ScheduleDraft.Interval> list = new ArrayList<>();
            List<List<String>> entries = intervals == null ? List.of() : intervals;
            for (int i = 0; i < entries.size(); i++) {
                List<String> pair = entries.get(i);
                if (pair == null || pair.size() != 2) {
                    problems.add(new FieldProblem("week." + day.name() + "[" + i + "]", "invalid_interval",
                            "An interval is a pair [start, end]."));
                } else {
                    list.add(new ScheduleDraft.Interval(pair.get(0), pair.get(1)));
                }
            }
            week.put(day, list);
        });
        return week;
    }

    static String hhmm(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

}
