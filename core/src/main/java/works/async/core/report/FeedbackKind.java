package works.async.core.report;

/** What a reviewer says about a report. */
public enum FeedbackKind {
    /** Read, no objection. */
    ACKNOWLEDGE,
    /** A remark that needs no answer. */
    COMMENT,
    /** A question the author owes a reply to (a reply window opens for the author). */
    QUESTION,
    /** A blocking disagreement; needs a reason. */
    OBJECTION
}
