package works.async.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.FieldProblem;
import works.async.core.time.DailyInterval;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;

/** Checks a schedule draft, reporting every problem with its field path, and builds the schedule once it is clean. */
final class ScheduleValidator {

    /** A year's worth of personal holidays. */
    static final int MAX_HOLIDAYS = Bounds.MAX_HOLIDAYS;
    /** Enough for years of absences; a bound keeps every calendar computation cheap. */
    static final int MAX_ABSENCES = Bounds.MAX_ABSENCES;
    /** A single absence longer than this is almost certainly a typo in the year. */
    static final Duration MAX_TIME_OFF = Bounds.MAX_ABSENCE;

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
        week.forEach((day, intervals) -> {
            if (intervals.size() > Bounds.MAX_INTERVALS_PER_DAY) {
                intervalProblems.add(new FieldProblem("week." + day.name(), "too_many",
                        "At most " + Bounds.MAX_INTERVALS_PER_DAY + " working intervals a day."));
            }
        });
        if (!intervalProblems.isEmpty()) {
            problems.addAll(intervalProblems);
            return;
        }
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
                        throw new DomainException(ErrorCode.REQUIRED, path, "This interval is empty.");
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
        if (holidays.size() > MAX_HOLIDAYS) {
            problems.add(new FieldProblem("holidays", "too_many", "At most " + MAX_HOLIDAYS + " personal holidays."));
            return; // one problem for the list, not one per entry of a list that is refused anyway
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            LocalDate day = holidays.get(i);
            if (day == null) {
                problems.add(new FieldProblem("holidays[" + i + "]", "required", "This holiday has no date."));
            } else if (!Bounds.inRange(day)) {
                problems.add(new FieldProblem("holidays[" + i + "]", "out_of_range",
                        "A holiday must fall between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE + "."));
            } else if (!seen.add(day)) {
                problems.add(new FieldProblem("holidays[" + i + "]", "duplicate", day + " is listed twice."));
            }
        }
    }

    private static void timeOff(List<FieldProblem> problems, List<ScheduleDraft.Absence> timeOff) {
        if (timeOff.size() > MAX_ABSENCES) {
            problems.add(new FieldProblem("timeOff", "too_many", "At most " + MAX_ABSENCES + " absences."));
            return;
        }
        Duration total = Duration.ZERO;
        for (int i = 0; i < timeOff.size(); i++) {
            String path = "timeOff[" + i + "]";
            ScheduleDraft.Absence absence = timeOff.get(i);
            if (absence == null) {
                problems.add(new FieldProblem(path, "required", "This absence is empty."));
                continue;
            }
            boolean from = bound(problems, path + ".from", absence.from(), "When does the absence start?");
            boolean to = bound(problems, path + ".to", absence.to(), "When does the absence end?");
            if (from && to) {
                if (!absence.to().isAfter(absence.from())) {
                    problems.add(new FieldProblem(path + ".to", "invalid_range", "The absence must end after it starts."));
                } else if (Duration.between(absence.from(), absence.to()).compareTo(MAX_TIME_OFF) > 0) {
                    problems.add(new FieldProblem(path + ".to", "too_long", "A single absence can last at most a year."));
                } else {
                    total = total.plus(Duration.between(absence.from(), absence.to()));
                }
            }
        }
        // With the holiday bounds, two years of absences always leave working time within the engine's 25-year search.
        if (total.compareTo(Bounds.MAX_TIME_OFF_TOTAL) > 0) {
            problems.add(new FieldProblem("timeOff", "too_much_time_off",
                    "All absences together can last at most " + Bounds.MAX_TIME_OFF_TOTAL.toDays() + " days."));
        }
    }

    /** True when the bound of an absence is present and within the supported years; else reports why not. */
    private static boolean bound(List<FieldProblem> problems, String path, Instant at, String missing) {
        if (at == null) {
            problems.add(new FieldProblem(path, "required", missing));
            return false;
        }
        if (!Bounds.inRange(at)) {
            problems.add(new FieldProblem(path, "out_of_range",
                    "A time between " + Bounds.EARLIEST + " and " + Bounds.LATEST_EXCLUSIVE + "."));
            return false;
        }
        return true;
    }
}
