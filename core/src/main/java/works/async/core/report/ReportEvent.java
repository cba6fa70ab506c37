package works.async.core.report;

import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainEvent;

/** Something that happened to a meeting-replacement report; carries the report as it is afterwards. */
public sealed interface ReportEvent extends DomainEvent {

    MeetingReport report();

    /** The report was published and reviewers were asked for feedback. */
    record Published(MeetingReport report, Instant at) implements ReportEvent {
        public Published { Objects.requireNonNull(report); Objects.requireNonNull(at); }
    }

    /** A reviewer gave feedback (any kind). */
    record FeedbackGiven(MeetingReport report, Feedback feedback, Instant at) implements ReportEvent {
        public FeedbackGiven { Objects.requireNonNull(report); Objects.requireNonNull(feedback); Objects.requireNonNull(at); }
    }

    /**
     * A reviewer asked a question: the application layer opens a reply request from the
     * reviewer to the author (origin {@code ReplyOrigin.reportQuestion(replyReference().asString())}) with
     * the policy's reply window, and calls {@code ReportService.markQuestionAnswered} when it closes.
     */
    record QuestionAsked(MeetingReport report, Feedback question, Instant at) implements ReportEvent {
        public QuestionAsked { Objects.requireNonNull(report); Objects.requireNonNull(question); Objects.requireNonNull(at); }

        /** The question as the reply request's origin refers to it (stored as {@link QuestionRef#asString()}). */
        public QuestionRef replyReference() {
            return new QuestionRef(report.id(), question.id());
        }
    }

    /** The author answered a reviewer's question. */
    record QuestionAnswered(MeetingReport report, Feedback question, Instant at) implements ReportEvent {
        public QuestionAnswered { Objects.requireNonNull(report); Objects.requireNonNull(question); Objects.requireNonNull(at); }
    }

    /** Feedback closed: every required reviewer responded, or the last required deadline passed. */
    record Closed(MeetingReport report, OutcomeSummary outcome, Instant at) implements ReportEvent {
        public Closed { Objects.requireNonNull(report); Objects.requireNonNull(outcome); Objects.requireNonNull(at); }
    }
}
