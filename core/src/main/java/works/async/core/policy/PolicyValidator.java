package works.async.core.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a policy draft for a scope and returns every problem, each with its field path; an empty list
 * means the draft may be stored.
 */
public final class PolicyValidator {

    /** Longest agreement text, in characters; long enough for a page of prose, short enough for a panel. */
    public static final int MAX_TEXT = 4000;
    /** Longest window: a year of working time is already far beyond any agreement worth keeping. */
    public static final Duration MAX_WINDOW = Duration.ofHours(24L * 365);
    static final int MAX_NAME = 255;

    private PolicyValidator() {
    }

    public static List<FieldProblem> validate(PolicyScope scope, Policy draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (scope.isGlobal()) {
            for (PolicyField<?> field : PolicyField.ALL) {
                if (field.valueIn(draft) == null) {
                    problems.add(new FieldProblem(field.path(), "required", "The global policy must set every field."));
                }
            }
        }
        window(problems, PolicyField.CONFIRMATION_WINDOW.path(), draft.ownership().confirmationWindow());
        names(problems, PolicyField.COORDINATORS.path(), draft.ownership().coordinators() == null ? null
                : draft.ownership().coordinators().stream().map(Principal::name).toList());
        reply(problems, draft.reply());
        digestTime(problems, draft.notifications().digestAt());
        window(problems, PolicyField.FEEDBACK_WINDOW.path(), draft.reports().feedbackWindow());
        names(problems, PolicyField.DEFAULT_REVIEWERS.path(), draft.reports().defaultReviewers());
        text(problems, PolicyField.AGREEMENT_CHANNELS.path(), draft.agreement().channels());
        text(problems, PolicyField.AGREEMENT_URGENT_PATH.path(), draft.agreement().urgentPath());
        return List.copyOf(problems);
    }

    private static void reply(List<FieldProblem> problems, ReplyPolicy reply) {
        window(problems, PolicyField.REPLY_DEFAULT_WINDOW.path(), reply.defaultWindow());
        if (reply.windowsByPriority() != null) {
            for (Map.Entry<String, Duration> entry : reply.windowsByPriority().entrySet()) {
                String priority = entry.getKey();
                if (priority == null || priority.isBlank() || priority.length() > MAX_NAME) {
                    problems.add(new FieldProblem(PolicyField.WINDOWS_BY_PRIORITY, "invalid_name",
                            "A priority name must be 1 to " + MAX_NAME + " characters."));
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
        if (target != null && target.kind() == EscalationTarget.Kind.GROUP
                && (target.group() == null || target.group().isBlank() || target.group().length() > MAX_NAME)) {
            problems.add(new FieldProblem(PolicyField.ESCALATION_TARGET.path() + ".group", "required",
                    "Escalating to a group needs the group's name."));
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

    private static void names(List<FieldProblem> problems, String path, Collection<String> names) {
        if (names == null) {
            return;
        }
        int i = 0;
        for (String name : names) {
            if (name.isBlank() || name.length() > MAX_NAME) {
                problems.add(new FieldProblem(path + "[" + i + "]", "invalid_name", "Names must be 1 to " + MAX_NAME + " characters."));
            }
            i++;
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                problems.add(new FieldProblem(path, "control_character",
                        "Contains an invisible control character at position " + i + "."));
                return;
            }
        }
    }
}
