package works.async.core.report;

/**
 * One reviewer of one report, as a deadline's request id in outbox keys and on the attention screen:
 * {@code reportId/userKey}. Report ids never contain '/' (the constructor refuses one), so the first '/' ends the
 * report id and the user key is all the rest: hosts' user keys may contain '/'.
 *
 * @param reportId the report's id, without '/'
 * @param userKey  the reviewer's user key
 */
public record ReviewerRef(String reportId, String userKey) {

    private static final String WHAT = "report reviewer";

    public ReviewerRef {
        References.requireLeadingId(reportId, "report id", WHAT);
        References.requirePart(userKey, "user key", WHAT);
    }

    /** The reference {@link #asString()} wrote; anything else is refused with {@code invalid_reference}. */
    public static ReviewerRef parse(String text) {
        String[] parts = References.split(text, false, WHAT);
        return new ReviewerRef(parts[0], parts[1]);
    }

    /** The stored form, {@code reportId/userKey}. */
    public String asString() {
        return reportId + "/" + userKey;
    }
}
