package works.async.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.policy.FieldProblem;
import works.async.core.time.DailyInterval;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;

/** Checks a schedule draft, reporting every problem with its field path, and builds the schedule once it is clean. */
final class ScheduleValidator {

    /** Enough for years of absences; a bound keeps every calendar computation cheap. */
    static final int MAX_ENTRIES = 500;
    /** A single absence longer than this is almost certainly a typo in the year. */
    static final Duration MAX_TIME_OFF = Duration.ofDays(366);

    private ScheduleValidator() {
    }

    static List<FieldProblem> validate(ScheduleDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        week(problems, draft.week());
        holidays(problems, draft.holidays());
        timeOff(problems, draft.timeOff());
        return List.copyOf(problems);
    }

    /** Builds the schedule from a draft that {@link #validate} found clean. */
    static PersonalSchedule build(String userKey, ScheduleDraft draft, long version) {
        WeeklyPattern pattern = draft.week() == null ? null : WeeklyPattern.of(intervals(draft.week(), null));
        List<TimeOff> timeOff = draft.timeOff().stream().map(a -> new TimeOff(a.from(), a.to())).toList();
        return new PersonalSchedule(userKey, pattern, new LinkedHashSet<>(draft.holidays()), timeOff, version);
    }

    private static void week(List<FieldProblem> problems, Map<DayOfWeek, List<ScheduleDraft.Interval>> week) {
        if (week == null) {
            return;
        }
        List<FieldProblem> intervalProblems = new ArrayList<>();
        Map<DayOfWeek, List<DailyInterval>> parsed = intervals(week, intervalProblems);
        problems.addAll(intervalProblems);
        if (intervalProblems.isEmpty()) {
            // Overlaps and an empty week are whole-pattern rules; the pattern names the interval to blame.
            try {
                WeeklyPattern.of(parsed);
            } catch (DomainException e) {
                problems.add(new FieldProblem(e.field() == null ? "week" : e.field(), e.code(), e.getMessage()));
            }
        }
    }

    private static Map<DayOfWeek, List<DailyInterval>> intervals(Map<DayOfWeek, List<ScheduleDraft.Interval>> week,
                                                                 List<FieldProblem> problems) {
        Map<DayOfWeek, List<DailyInterval>> parsed = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> {
            List<DailyInterval> list = new ArrayList<>();
            for (int i = 0; i < intervals.size(); i++) {
                String path = "week." + day.name() + "[" + i + "]";
                ScheduleDraft.Interval input = intervals.get(i);
                try {
                    if (input == null) {
                        throw new DomainException("required", path, "This interval is empty.");
                    }
                    list.add(DailyInterval.of(input.start(), input.end()));
                } catch (DomainException e) {
                    if (problems == null) {
                        throw e;
                    }
                    problems.add(new FieldProblem(path, e.code(), e.getMessage()));
                }
            }
            parsed.put(day, list);
        });
        return parsed;
    }

    private static void holidays(List<FieldProblem> problems, List<LocalDate> holidays) {
        if (holidays.size() > MAX_ENTRIES) {
            problems.add(new FieldProblem("holidays", "too_many", "At most " + MAX_ENTRIES + " personal holidays."));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            LocalDate day = holidays.get(i);
            if (day == null) {
                problems.add(new FieldProblem("holidays[" + i + "]", "required", "This holiday has no date."));
            } else if (!seen.add(day)) {
                problems.add(new FieldProblem("holidays[" + i + "]", "duplicate", day + " is listed twice."));
            }
        }
    }

    private static void timeOff(List<FieldProblem> problems, List<ScheduleDraft.Absence> timeOff) {
        if (timeOff.size() > MAX_ENTRIES) {
            problems.add(new FieldProblem("timeOff", "too_many", "At most " + MAX_ENTRIES + " absences."));
        }
        for (int i = 0; i < timeOff.size(); i++) {
            String path = "timeOff[" + i + "]";
            ScheduleDraft.Absence absence = timeOff.get(i);
            if (absence == null) {
                problems.add(new FieldProblem(path, "required", "This absence is empty."));
                continue;
            }
            if (absence.from() == null) {
                problems.add(new FieldProblem(path + ".from", "required", "When does the absence start?"));
            }
            if (absence.to() == null) {
                problems.add(new FieldProblem(path + ".to", "required", "When does the absence end?"));
            }
            if (absence.from() != null && absence.to() != null) {
                if (!absence.to().isAfter(absence.from())) {
                    problems.add(new FieldProblem(path + ".to", "invalid_range", "The absence must end after it starts."));
                } else if (Duration.between(absence.from(), absence.to()).compareTo(MAX_TIME_OFF) > 0) {
                    problems.add(new FieldProblem(path + ".to", "too_long", "A single absence can last at most a year."));
                }
            }
        }
    }
}
