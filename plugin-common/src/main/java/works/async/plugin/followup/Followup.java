package works.async.plugin.followup;

import java.time.Instant;

/**
 * When the escalation pass must next look at a request or reviewer row, and what went wrong the last time it tried.
 *
 * @param nextCheckAt the next moment the pass reads the row, or null once nothing more can happen (settled)
 * @param problem     why the row could not be planned (shown to administrators), or null
 * @param retries     passes in a row that failed on the row (0 without a problem); the back-off grows with it
 */
public record Followup(Instant nextCheckAt, String problem, int retries) {

    /** Problem texts are cut to this many characters: enough for a message, never a whole stack. */
    public static final int MAX_PROBLEM = 2_000;

    public Followup {
        if (retries < 0) {
            throw new IllegalArgumentException("retries >= 0");
        }
        if (problem != null && problem.length() > MAX_PROBLEM) {
            problem = problem.substring(0, MAX_PROBLEM);
        }
        if ((problem == null) != (retries == 0)) {
            throw new IllegalArgumentException("a problem and its retries go together");
        }
    }

    /** Looked at again at that moment (null: never again). */
    public static Followup at(Instant nextCheckAt) {
        return new Followup(nextCheckAt, null, 0);
    }

    /** Nothing more can happen to the row. */
    public static Followup settled() {
        return new Followup(null, null, 0);
    }

    /** The row failed again; retried at the given moment. */
    public static Followup failed(String problem, int retries, Instant retryAt) {
        return new Followup(retryAt, problem, retries);
    }

    /**
     * What a write that may have changed the deadline stores when it does not know the next moment itself: an open row
     * is looked at from the next pass on ({@code since}, already past, is when the request opened), which then stores
     * the exact moment; a stale problem is cleared, so a row whose cause changed is retried at once.
     */
    public static Followup lookNext(boolean open, Instant since) {
        return open ? at(since) : settled();
    }
}
