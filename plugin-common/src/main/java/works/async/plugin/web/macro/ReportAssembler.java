package works.async.plugin.web.macro;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import works.async.core.report.Feedback;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.OutcomeSummary;
import works.async.core.report.Reviewer;
import works.async.core.report.ReportSeriesService.OccurrenceScheduled;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.Person;
import works.async.plugin.web.Screen;

/** Builds the report macro's view model from a report. */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    public static ReportView assemble(MeetingReport report, Screen screen) {
        return assemble(report, null, screen);
    }

    /**
     * The report and, when {@code series} is not null, the recurring series it belongs to: its cadence and when the
     * next report is due (the author's reminder, the start of their working day on the date), in the viewer's zone and
     * the author's.
     */
    public static ReportView assemble(MeetingReport report, OccurrenceScheduled series, Screen screen) {
        boolean open = report.isOpen();
        List<ReviewerView> reviewers = report.reviewers().stream()
                .sorted(Comparator.comparing((Reviewer r) -> !r.isRequired()))
                .map(r -> reviewer(report, r, screen)).toList();
        return new ReportView(
                report.id(), screen.restBase(), report.title(), report.body(),
                screen.people().name(report.author()),
                screen.texts().get("async.ui.report.meeting", report.meeting().name(),
                        String.valueOf(report.meeting().usualMinutes()), String.valueOf(report.meeting().attendees()),
                        report.meeting().personHoursReturned().toPlainString()),
                new Lozenge(screen.texts().get(open ? "async.ui.report.state.open" : "async.ui.report.state.closed"),
                        open ? "current" : "complete"),
                screen.times().dual(report.closesAt(), screen.viewer(), null),
                open ? null : outcome(OutcomeSummary.of(report), screen),
                reviewers,
                report.feedback().stream().map(f -> feedback(f, screen)).toList(),
                report.acceptsFeedbackFrom(screen.viewer().key(), screen.times().now()),
                series == null ? null : screen.texts().get("async.ui.report.series."
                        + series.series().cadence().name().toLowerCase(java.util.Locale.ROOT)),
                series == null ? null : screen.times().dual(series.remindAt(), screen.viewer(),
                        screen.people().get(series.series().author())),
                lateFeedbackNote(report, screen));
    }

    /** Why an optional reviewer still sees the form of a closed report, and until when; null otherwise. */
    private static String lateFeedbackNote(MeetingReport report, Screen screen) {
        String me = screen.viewer().key();
        if (report.isOpen() || !report.acceptsFeedbackFrom(me, screen.times().now())) {
            return null;
        }
        return screen.texts().get("async.ui.feedback.optionalStillOpen",
                screen.times().yours(report.reviewer(me).orElseThrow().dueAt(), screen.viewer()));
    }

    private static ReviewerView reviewer(MeetingReport report, Reviewer reviewer, Screen screen) {
        Person person = screen.people().get(reviewer.userKey());
        return new ReviewerView(person.displayName(),
                screen.texts().get(reviewer.isRequired() ? "async.ui.report.required" : "async.ui.report.optional"),
                reviewer.isRequired(), status(report, reviewer, screen),
                screen.times().dual(reviewer.dueAt(), screen.viewer(), person),
                screen.isViewer(reviewer.userKey()));
    }

    /** The reviewer's most telling act: an objection outweighs a question, which outweighs a comment. */
    private static Lozenge status(MeetingReport report, Reviewer reviewer, Screen screen) {
        Optional<FeedbackKind> strongest = report.feedback().stream()
                .filter(f -> f.reviewer().equals(reviewer.userKey()))
                .map(Feedback::kind)
                .max(Comparator.comparing(ReportAssembler::weight));
        if (strongest.isEmpty()) {
            boolean missed = reviewer.dueAt().isBefore(screen.times().now());
            return new Lozenge(screen.texts().get(missed ? "async.ui.report.status.missed" : "async.ui.report.status.waiting"),
                    missed ? "error" : "default");
        }
        return kindLozenge(strongest.get(), screen);
    }

    static Lozenge kindLozenge(FeedbackKind kind, Screen screen) {
        String modifier = switch (kind) {
            case ACKNOWLEDGE -> "success";
            case COMMENT -> "complete";
            case QUESTION -> "moved";
            case OBJECTION -> "error";
        };
        // Past tense: the lozenge says what the reviewer did ("Commented"), the form's labels what one can do.
        return new Lozenge(screen.texts().get("async.ui.feedback.given." + kind.name().toLowerCase()), modifier);
    }

    private static int weight(FeedbackKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> 0;
            case COMMENT -> 1;
            case QUESTION -> 2;
            case OBJECTION -> 3;
        };
    }

    private static FeedbackView feedback(Feedback feedback, Screen screen) {
        return new FeedbackView(screen.people().name(feedback.reviewer()), feedback.kind().name(),
                kindLozenge(feedback.kind(), screen), feedback.text(),
                screen.times().yours(feedback.at(), screen.viewer()),
                feedback.kind() == FeedbackKind.QUESTION && feedback.answered()
                        ? screen.texts().get("async.ui.feedback.answered") : null);
    }

    private static String outcome(OutcomeSummary summary, Screen screen) {
        return screen.texts().get("async.ui.report.outcome",
                screen.texts().count("async.ui.report.outcome.acknowledged", summary.acknowledgedBy().size()),
                screen.texts().count("async.ui.report.outcome.questions", summary.openQuestions().size()),
                screen.texts().count("async.ui.report.outcome.objections", summary.objections().size()),
                screen.texts().count("async.ui.report.outcome.silent", summary.requiredNotResponded().size()));
    }
}
