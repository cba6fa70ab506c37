package works.async.core.report;

/**
 * One report date of a recurring series, as the request id of the author's reminder in outbox keys:
 * {@code seriesId/index}. The index is digits only, so the last '/' starts it and the series id may contain '/'.
 *
 * @param seriesId the series' id
 * @param index    which report of the series, from 0
 */
public record SeriesOccurrence(String seriesId, int index) {

    private static final String WHAT = "series occurrence";

    public SeriesOccurrence {
        References.requirePart(seriesId, "series id", WHAT);
        if (index < 0) {
            throw References.invalid(WHAT, "the index must not be negative, was " + index);
        }
    }

    /** The reference {@link #asString()} wrote; anything else is refused with {@code invalid_reference}. */
    public static SeriesOccurrence parse(String text) {
        String[] parts = References.split(text, true, WHAT);
        // Only the canonical spelling, so that a parsed reference writes back exactly the text it came from.
        if (parts[1].matches("0|[1-9][0-9]{0,9}")) {
            long index = Long.parseLong(parts[1]);
            if (index <= Integer.MAX_VALUE) {
                return new SeriesOccurrence(parts[0], (int) index);
            }
        }
        throw References.invalid(WHAT, "the index must be a number such as 0 or 12, was " + References.quoted(parts[1]));
    }

    /** The stored form, {@code seriesId/index}. */
    public String asString() {
        return seriesId + "/" + index;
    }
}
