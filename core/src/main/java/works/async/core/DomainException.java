package works.async.core;

import java.util.Objects;

/**
 * A refusal by a domain rule: carries a stable code and, where one input is to blame, the
 * path of the offending field, so that adapters can answer 400/403/404/409 with
 * {@code {"error","message","field"}} instead of a stack trace.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String field, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    /** Why it was refused; its {@link ErrorCode#id() id} (e.g. {@code "invalid_interval"}) is the stable wire code. */
    public ErrorCode code() {
        return code;
    }

    /** Path of the offending field (e.g. {@code "week.MONDAY[0]"}), or null when no single field is to blame. */
    public String field() {
        return field;
    }
}
