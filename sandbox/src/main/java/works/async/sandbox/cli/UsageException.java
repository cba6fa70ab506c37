package works.async.sandbox.cli;

/** A problem the person starting the sandbox can fix (bad flag, busy port, unreachable database): one line, exit 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
