package works.async.core.report;

import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * One piece of feedback from a reviewer; the text is kept exactly as written.
 *
 * @param id       stable id (also links a QUESTION to the reply request opened for the author)
 * @param reviewer who gave it
 * @param kind     acknowledge, comment, question or objection
 * @param text     the text (required except for ACKNOWLEDGE; for an OBJECTION it is the reason)
 * @param at       when it was given
 * @param answered for a QUESTION, whether the author has answered it; always false otherwise
 */
public record Feedback(String id, String reviewer, FeedbackKind kind, String text, Instant at, boolean answered) {

    static final int MAX_TEXT_LENGTH = 10_000;

    public Feedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (kind != FeedbackKind.ACKNOWLEDGE && (text == null || text.isBlank())) {
            throw new DomainException(ErrorCode.REQUIRED, "text", kind == FeedbackKind.OBJECTION
                    ? "An objection needs a reason." : "Write your " + kind.name().toLowerCase() + ".");
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new DomainException(ErrorCode.TOO_LONG, "text", "Feedback is longer than " + MAX_TEXT_LENGTH + " characters.");
        }
        if (answered && kind != FeedbackKind.QUESTION) {
            throw new IllegalArgumentException("only questions are answered");
        }
    }

    public static Feedback of(String id, String reviewer, FeedbackKind kind, String text, Instant at) {
        return new Feedback(id, reviewer, kind, text, at, false);
    }

    /** Whether this is the same act as another (same reviewer, kind and text), so a repeat is ignored. */
    boolean repeats(String otherReviewer, FeedbackKind otherKind, String otherText) {
        return reviewer.equals(otherReviewer) && kind == otherKind && Objects.equals(text, otherText);
    }

    Feedback markAnswered() {
        return new Feedback(id, reviewer, kind, text, at, true);
    }
}
