package works.async.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the feedback on a report amounts to: who acknowledged, which questions are still open,
 * which objections were raised and who did not respond.
 *
 * @param acknowledgedBy        reviewers who acknowledged, in order
 * @param comments              comments, in order
 * @param openQuestions         questions the author has not answered yet
 * @param answeredQuestions     questions the author answered
 * @param objections            objections with their reasons
 * @param requiredNotResponded  required reviewers without any feedback
 * @param optionalNotResponded  optional reviewers without any feedback
 * @param personHoursReturned   person-hours the replaced meeting would have taken
 */
public record OutcomeSummary(
        List<String> acknowledgedBy, List<Feedback> comments, List<Feedback> openQuestions,
        List<Feedback> answeredQuestions, List<Feedback> objections, List<String> requiredNotResponded,
        List<String> optionalNotResponded, BigDecimal personHoursReturned) {

    public OutcomeSummary {
        acknowledgedBy = List.copyOf(acknowledgedBy);
        comments = List.copyOf(comments);
        openQuestions = List.copyOf(openQuestions);
        answeredQuestions = List.copyOf(answeredQuestions);
        objections = List.copyOf(objections);
        requiredNotResponded = List.copyOf(requiredNotResponded);
        optionalNotResponded = List.copyOf(optionalNotResponded);
    }

    /** Summarises a report's feedback as it stands (open or closed). */
    public static OutcomeSummary of(MeetingReport report) {
        List<Feedback> all = report.feedback();
        return new OutcomeSummary(
                all.stream().filter(f -> f.kind() == FeedbackKind.ACKNOWLEDGE).map(Feedback::reviewer).distinct().toList(),
                ofKind(all, FeedbackKind.COMMENT),
                all.stream().filter(f -> f.kind() == FeedbackKind.QUESTION && !f.answered()).toList(),
                all.stream().filter(f -> f.kind() == FeedbackKind.QUESTION && f.answered()).toList(),
                ofKind(all, FeedbackKind.OBJECTION),
                silent(report, ReviewerRole.REQUIRED),
                silent(report, ReviewerRole.OPTIONAL),
                report.meeting().personHoursReturned());
    }

    public boolean hasObjections() {
        return !objections.isEmpty();
    }

    private static List<Feedback> ofKind(List<Feedback> all, FeedbackKind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    private static List<String> silent(MeetingReport report, ReviewerRole role) {
        return report.reviewers().stream()
                .filter(r -> r.role() == role && !report.hasResponded(r.userKey()))
                .map(Reviewer::userKey).toList();
    }
}
