package works.async.core.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import works.async.core.Bounds;
import works.async.core.ErrorCode;
import works.async.core.time.WeeklyPattern;

/**
 * Checks a policy draft for a scope and returns every problem, each with its field path; an empty list
 * means the draft may be stored.
 */
public final class PolicyValidator {

    /** Longest agreement text, in characters; long enough for a page of prose, short enough for a panel. */
    public static final int MAX_TEXT = 4000;
    /** Longest window: a year of working time is already far beyond any agreement worth keeping. */
    public static final Duration MAX_WINDOW = Duration.ofHours(24L * 365);
    static final int MAX_NAME = Bounds.MAX_NAME;

    private PolicyValidator() {
    }

    public static List<FieldProblem> validate(PolicyScope scope, Policy draft) {
        return validate(scope, draft, KnownNames.ANY);
    }

    /**
     * As {@link #validate(PolicyScope, Policy)}, and every coordinator, default reviewer and escalation group must be
     * known to the host; a name that is already refused for its form is not looked up.
     */
    public static List<FieldProblem> validate(PolicyScope scope, Policy draft, KnownNames known) {
        List<FieldProblem> problems = new ArrayList<>();
        if (scope.isGlobal()) {
            for (PolicyField<?> field : PolicyField.ALL) {
                if (field.valueIn(draft) == null) {
                    problems.add(new FieldProblem(field.path(), "required", "The global policy must set every field."));
                }
            }
        }
        window(problems, PolicyField.CONFIRMATION_WINDOW.path(), draft.ownership().confirmationWindow());
        coordinators(problems, draft.ownership().coordinators(), known);
        reply(problems, draft.reply(), known);
        digestTime(problems, draft.notifications().digestAt());
        window(problems, PolicyField.FEEDBACK_WINDOW.path(), draft.reports().feedbackWindow());
        reviewers(problems, draft.reports().defaultReviewers(), known);
        text(problems, PolicyField.AGREEMENT_CHANNELS.path(), draft.agreement().channels());
        text(problems, PolicyField.AGREEMENT_URGENT_PATH.path(), draft.agreement().urgentPath());
        pattern(problems, draft.calendar().defaultPattern());
        holidays(problems, draft.calendar().holidays());
        return List.copyOf(problems);
    }

    private static void coordinators(List<FieldProblem> problems, Set<Principal> coordinators, KnownNames known) {
        if (coordinators == null) {
            return;
        }
        String path = PolicyField.COORDINATORS.path();
        if (coordinators.size() > Bounds.MAX_PEOPLE) {
            problems.add(new FieldProblem(path, "too_many", "At most " + Bounds.MAX_PEOPLE + " coordinators."));
        }
        int i = 0;
        for (Principal coordinator : coordinators) {
            String entry = path + "[" + i++ + "].name";
            if (name(problems, entry, coordinator.name(), MAX_NAME)) {
                known(problems, entry, coordinator.kind() == Principal.Kind.GROUP, coordinator.name(), known);
            }
        }
    }

    /** Working intervals per day are bounded so that a week fits the stored pattern column. */
    private static void pattern(List<FieldProblem> problems, WeeklyPattern pattern) {
        if (pattern == null) {
            return;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (pattern.intervals(day).size() > Bounds.MAX_INTERVALS_PER_DAY) {
                problems.add(new FieldProblem(PolicyField.DEFAULT_PATTERN.path() + "." + day.name(), "too_many",
                        "At most " + Bounds.MAX_INTERVALS_PER_DAY + " working intervals a day."));
            }
        }
    }

    /** A year's worth of holidays between 2000 and 2199: enough for any country, never a calendar without work. */
    private static void holidays(List<FieldProblem> problems, Set<LocalDate> holidays) {
        if (holidays == null) {
            return;
        }
        String path = PolicyField.HOLIDAYS.path();
        if (holidays.size() > Bounds.MAX_HOLIDAYS) {
            problems.add(new FieldProblem(path, "too_many", "At most " + Bounds.MAX_HOLIDAYS + " holidays."));
        }
        int i = 0;
        for (LocalDate day : holidays) {
            if (!Bounds.inRange(day)) {
                problems.add(new FieldProblem(path + "[" + i + "]", "out_of_range",
                        "A holiday must fall between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE + "."));
            }
            i++;
        }
    }

    private static void reply(List<FieldProblem> problems, ReplyPolicy reply, KnownNames known) {
        window(problems, PolicyField.REPLY_DEFAULT_WINDOW.path(), reply.defaultWindow());
        if (reply.windowsByPriority() != null) {
            priorityCount(problems, reply.windowsByPriority());
            for (Map.Entry<String, Duration> entry : reply.windowsByPriority().entrySet()) {
                String priority = entry.getKey();
                ErrorCode problem = Bounds.nameProblem(priority, Bounds.MAX_PRIORITY_NAME);
                if (problem != null) {
                    problems.add(new FieldProblem(PolicyField.WINDOWS_BY_PRIORITY, nameCode(problem),
                            "A priority name must be 1 to " + Bounds.MAX_PRIORITY_NAME
                                    + " characters, without control characters."));
                    continue;
                }
                String path = PolicyField.WINDOWS_BY_PRIORITY + "." + priority;
                if (entry.getValue() == null) {
                    problems.add(new FieldProblem(path, "required", "Priority " + priority + " needs a window."));
                } else {
                    window(problems, path, entry.getValue());
                }
            }
        }
        Double fraction = reply.reminderFraction();
        if (fraction != null && !(fraction > 0 && fraction < 1)) {
            problems.add(new FieldProblem(PolicyField.REMINDER_FRACTION.path(), "out_of_range",
                    "The reminder must come strictly inside the window: a fraction between 0 and 1."));
        }
        EscalationTarget target = reply.escalationTarget();
        if (target != null && target.kind() == EscalationTarget.Kind.GROUP) {
            ErrorCode problem = Bounds.nameProblem(target.group(), MAX_NAME);
            String path = PolicyField.ESCALATION_TARGET.path() + ".group";
            if (problem != null) {
                problems.add(new FieldProblem(path, problem == ErrorCode.TOO_LONG ? "invalid_name" : problem.id(),
                        "Escalating to a group needs the group's name: 1 to " + MAX_NAME + " characters."));
            } else {
                known(problems, path, true, target.group(), known);
            }
        }
    }

    /** Few and short enough that every priority's window fits the stored column (450 characters). */
    private static void priorityCount(List<FieldProblem> problems, Map<String, Duration> windows) {
        int total = windows.keySet().stream().mapToInt(p -> p == null ? 0 : p.length()).sum();
        if (windows.size() > Bounds.MAX_PRIORITIES) {
            problems.add(new FieldProblem(PolicyField.WINDOWS_BY_PRIORITY, "too_many",
                    "At most " + Bounds.MAX_PRIORITIES + " priorities with a window of their own."));
        } else if (total > Bounds.MAX_PRIORITY_NAMES_TOTAL) {
            problems.add(new FieldProblem(PolicyField.WINDOWS_BY_PRIORITY, "too_long",
                    "The priority names together are at most " + Bounds.MAX_PRIORITY_NAMES_TOTAL + " characters."));
        }
    }

    /** Blank and over-long names keep their established code; control characters get their own. */
    private static String nameCode(ErrorCode problem) {
        return problem == ErrorCode.CONTROL_CHARACTER ? problem.id() : "invalid_name";
    }

    /** Whether the name has a valid form; if not, the problem is added. */
    private static boolean name(List<FieldProblem> problems, String path, String name, int max) {
        ErrorCode problem = Bounds.nameProblem(name, max);
        if (problem != null) {
            problems.add(new FieldProblem(path, nameCode(problem),
                    "Names must be 1 to " + max + " characters, without control characters."));
        }
        return problem == null;
    }

    /** A user or group the host does not know would silently grant or notify nobody, so it is refused when saved. */
    private static void known(List<FieldProblem> problems, String path, boolean group, String name, KnownNames known) {
        if (group && !known.isGroup(name)) {
            problems.add(new FieldProblem(path, ErrorCode.UNKNOWN_GROUP, "There is no group " + name + "."));
        } else if (!group && !known.isUser(name)) {
            problems.add(new FieldProblem(path, ErrorCode.UNKNOWN_USER, "There is no user " + name + "."));
        }
    }

    private static void window(List<FieldProblem> problems, String path, Duration window) {
        if (window == null) {
            return;
        }
        if (window.isNegative() || window.isZero()) {
            problems.add(new FieldProblem(path, "out_of_range", "A window must be longer than zero."));
        } else if (window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem(path, "out_of_range", "A window can be at most " + MAX_WINDOW.toHours() + " working hours."));
        } else if (window.toSecondsPart() != 0 || window.toNanosPart() != 0) {
            problems.add(new FieldProblem(path, "not_whole_minutes", "Windows are counted in whole minutes."));
        }
    }

    private static void digestTime(List<FieldProblem> problems, LocalTime at) {
        if (at != null && (at.getSecond() != 0 || at.getNano() != 0)) {
            problems.add(new FieldProblem(PolicyField.DIGEST_AT.path(), "not_whole_minutes", "The digest time is a whole minute."));
        }
    }

    /** Default reviewers are proposed on every new report, so one the host does not know is refused when saved. */
    private static void reviewers(List<FieldProblem> problems, Collection<String> names, KnownNames known) {
        if (names == null) {
            return;
        }
        String path = PolicyField.DEFAULT_REVIEWERS.path();
        if (names.size() > Bounds.MAX_PEOPLE) {
            problems.add(new FieldProblem(path, "too_many", "At most " + Bounds.MAX_PEOPLE + " entries."));
        }
        int i = 0;
        for (String name : names) {
            String entry = path + "[" + i++ + "]";
            if (name(problems, entry, name, MAX_NAME)) {
                known(problems, entry, false, name, known);
            }
        }
    }

    /** Agreement text is kept verbatim, so only length and invisible control characters are refused. */
    private static void text(List<FieldProblem> problems, String path, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem(path, "too_long", "At most " + MAX_TEXT + " characters, was " + text.length() + "."));
        }
        if (Bounds.proseProblem(text, Integer.MAX_VALUE) == ErrorCode.CONTROL_CHARACTER) {
            problems.add(new FieldProblem(path, "control_character", "Contains an invisible control character."));
        }
    }
}
