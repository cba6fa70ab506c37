package works.async.plugin.pagemacro;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.report.Cadence;
import works.async.core.report.ReplacedMeeting;
import works.async.plugin.calendar.ExplicitWindow;

/**
 * The parameters of an {@code async-report} macro, read from what the page says (untrusted: anyone who may edit the
 * page typed them). Every refusal is a {@link DomainException} whose field is the parameter's name as written in the
 * page ({@code reviewers}, {@code feedback-hours}...), so the macro can say which one to fix.
 *
 * @param reviewers         user names or keys, as typed, required
 * @param optionalReviewers user names or keys, as typed
 * @param feedbackWindow    the explicit feedback window, or null for the policy's
 * @param meetingName       the meeting it replaces, or null for the page's title
 * @param meetingMinutes    how long that meeting usually took
 * @param attendees         how many people it had
 * @param series            how often it recurs, or null for none
 */
public record ReportMacroParameters(List<String> reviewers, List<String> optionalReviewers, Duration feedbackWindow,
                                    String meetingName, int meetingMinutes, int attendees, Cadence series) {

    public static final String NAME = "async-report";
    public static final String REVIEWERS = "reviewers";
    public static final String OPTIONAL_REVIEWERS = "optional-reviewers";
    public static final String FEEDBACK_HOURS = "feedback-hours";
    public static final String REPLACES_MEETING = "replaces-meeting";
    public static final String MEETING_MINUTES = "meeting-minutes";
    public static final String ATTENDEES = "attendees";
    public static final String SERIES = "series";
    /** The report's body: the macro's rich-text body. */
    public static final String BODY = "body";

    /** A meeting of unknown length counts as an hour; of unknown size, as its reviewers plus the author. */
    static final int DEFAULT_MEETING_MINUTES = 60;
    /** Feedback hours are working hours; a year of them is the most a window may be ({@link ExplicitWindow}). */
    static final int MAX_FEEDBACK_HOURS = ExplicitWindow.MAX_WORKING_MINUTES / 60;

    public ReportMacroParameters {
        reviewers = List.copyOf(reviewers);
        optionalReviewers = List.copyOf(optionalReviewers);
    }

    /** The parameters, or a refusal naming the first bad one. */
    public static ReportMacroParameters parse(Map<String, String> parameters) {
        List<String> required = people(parameters.get(REVIEWERS), REVIEWERS);
        if (required.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, REVIEWERS, "Name at least one reviewer.");
        }
        List<String> optional = people(parameters.get(OPTIONAL_REVIEWERS), OPTIONAL_REVIEWERS);
        Integer hours = number(parameters.get(FEEDBACK_HOURS), FEEDBACK_HOURS, 1, MAX_FEEDBACK_HOURS);
        String meeting = text(parameters.get(REPLACES_MEETING));
        if (meeting != null && Bounds.nameProblem(meeting, Bounds.MAX_NAME) != null) {
            throw new DomainException(Bounds.nameProblem(meeting, Bounds.MAX_NAME), REPLACES_MEETING,
                    "The meeting's name must be 1 to 255 characters, without control characters.");
        }
        Integer minutes = number(parameters.get(MEETING_MINUTES), MEETING_MINUTES, 1, 24 * 60);
        Integer attendees = number(parameters.get(ATTENDEES), ATTENDEES, 1, 10_000);
        return new ReportMacroParameters(required, optional, hours == null ? null : Duration.ofHours(hours), meeting,
                minutes == null ? DEFAULT_MEETING_MINUTES : minutes,
                attendees == null ? required.size() + optional.size() + 1 : attendees,
                series(parameters.get(SERIES)));
    }

    /** The meeting the report replaces; a report without a meeting name replaces the meeting its page is named after. */
    public ReplacedMeeting meeting(String pageTitle) {
        String name = meetingName != null ? meetingName
                : pageTitle.length() > Bounds.MAX_NAME ? pageTitle.substring(0, Bounds.MAX_NAME) : pageTitle;
        return ReplacedMeeting.of(name, meetingMinutes, Math.min(attendees, 10_000));
    }

    /**
     * The macro parameter a refusal of the report's rules is about: the shared rules name their own fields
     * ({@code requiredReviewers[0]}, {@code meeting.name}...), the page names its parameters.
     */
    public static String parameterOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("requiredReviewers")) {
            return REVIEWERS;
        }
        if (field.startsWith("optionalReviewers")) {
            return OPTIONAL_REVIEWERS;
        }
        return switch (field) {
            case "feedbackWindow", "feedbackWindowMinutes" -> FEEDBACK_HOURS;
            case "meeting", "meeting.name" -> REPLACES_MEETING;
            case "meeting.usualMinutes" -> MEETING_MINUTES;
            case "meeting.attendees" -> ATTENDEES;
            case "text" -> BODY;
            default -> field;
        };
    }

    private static List<String> people(String value, String parameter) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (Bounds.nameProblem(name, Bounds.MAX_NAME) != null) {
                throw new DomainException(ErrorCode.UNKNOWN_USER, parameter, "No such user.");
            }
            names.add(name);
            if (names.size() > Bounds.MAX_PEOPLE) {
                throw new DomainException(ErrorCode.TOO_MANY, parameter, "At most " + Bounds.MAX_PEOPLE + " people.");
            }
        }
        return names;
    }

    static Integer number(String value, String parameter, int min, int max) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{1,7}")) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, parameter,
                    "Enter a whole number from " + min + " to " + max + ".");
        }
        int n = Integer.parseInt(text);
        if (n < min || n > max) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, parameter,
                    "Enter a whole number from " + min + " to " + max + ".");
        }
        return n;
    }

    private static Cadence series(String value) {
        String text = text(value);
        if (text == null || text.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Cadence.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.UNSUPPORTED_VALUE, SERIES, "Choose weekly, biweekly, monthly or none.");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
