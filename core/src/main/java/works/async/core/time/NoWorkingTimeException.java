package works.async.core.time;

import works.async.core.DomainException;

/**
 * Refusal raised when a calendar has no working time for five years from the point reached, so a
 * search for a due time or the next working instant stops instead of running forever.
 */
public final class NoWorkingTimeException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Stable code of this refusal. */
    public static final String CODE = "no_working_time";

    NoWorkingTimeException(String message) {
        super(CODE, null, message);
    }
}
