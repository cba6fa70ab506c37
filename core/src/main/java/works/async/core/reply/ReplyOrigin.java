package works.async.core.reply;

import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * Why a reply request exists: asked explicitly, guessed from an @mention in a comment (so the
 * asker can see and undo the guess), or raised by a question on a meeting-replacement report.
 *
 * @param kind     how it was opened
 * @param sourceId the comment id (AUTOMATIC_MENTION) or report feedback reference (REPORT_QUESTION); null for EXPLICIT
 */
public record ReplyOrigin(Kind kind, String sourceId) {

    /** How a reply request was opened. */
    public enum Kind { EXPLICIT, AUTOMATIC_MENTION, REPORT_QUESTION }

    public ReplyOrigin {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.EXPLICIT && sourceId != null) {
            throw new IllegalArgumentException("an explicit request has no source");
        }
        if (kind != Kind.EXPLICIT && (sourceId == null || sourceId.isBlank())) {
            throw new DomainException(ErrorCode.REQUIRED, "origin.sourceId", "An automatic request names what triggered it.");
        }
    }

    public static ReplyOrigin explicit() {
        return new ReplyOrigin(Kind.EXPLICIT, null);
    }

    public static ReplyOrigin automaticMention(String commentId) {
        return new ReplyOrigin(Kind.AUTOMATIC_MENTION, commentId);
    }

    public static ReplyOrigin reportQuestion(String feedbackRef) {
        return new ReplyOrigin(Kind.REPORT_QUESTION, feedbackRef);
    }
}
