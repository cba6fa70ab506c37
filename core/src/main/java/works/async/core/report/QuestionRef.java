package works.async.core.report;

/**
 * Which question of which report a reply request answers; stored as that request's origin, {@code reportId/feedbackId}.
 * Report ids never contain '/' (the constructor refuses one), so the first '/' ends the report id and the feedback id
 * is all the rest, '/' included.
 *
 * @param reportId   the report's id, without '/'
 * @param feedbackId the question's feedback id
 */
public record QuestionRef(String reportId, String feedbackId) {

    private static final String WHAT = "report question";

    public QuestionRef {
        References.requireLeadingId(reportId, "report id", WHAT);
        References.requirePart(feedbackId, "feedback id", WHAT);
    }

    /** The reference {@link #asString()} wrote; anything else is refused with {@code invalid_reference}. */
    public static QuestionRef parse(String text) {
        String[] parts = References.split(text, false, WHAT);
        return new QuestionRef(parts[0], parts[1]);
    }

    /** The stored form, {@code reportId/feedbackId}. */
    public String asString() {
        return reportId + "/" + feedbackId;
    }
}
