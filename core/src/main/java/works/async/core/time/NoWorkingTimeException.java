package works.async.core.time;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * Refusal raised when a calendar has no working time for {@value #HORIZON_YEARS} years from the point reached, so a search for a due
 * time or the next working instant stops instead of running forever. It is the one exception a calendar raises for
 * a person whose holidays and time off cover everything: asking such a person answers a 409 naming them, and the
 * escalation job catches it per row (that row waits, the others go on).
 */
public final class NoWorkingTimeException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Stable code of this refusal. */
    public static final ErrorCode CODE = ErrorCode.NO_WORKING_TIME;
    /** How far a search looks for working time before it gives up, in years. */
    public static final int HORIZON_YEARS = 25;

    NoWorkingTimeException(String message) {
        this(message, null);
    }

    private NoWorkingTimeException(String message, String field) {
        super(CODE, field, message);
    }

    /** The same refusal blaming an input, such as the recipient whose calendar it was. */
    public NoWorkingTimeException about(String field) {
        return new NoWorkingTimeException(getMessage(), field);
    }
}
