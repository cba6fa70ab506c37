package works.async.plugin.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import works.async.plugin.followup.Followup;
import works.async.plugin.outbox.FailureText;

/**
 * What the escalation pass stores on a row it could not plan (a calendar without working time, a policy that cannot
 * be read, anything a single row throws): the problem, shown to administrators, and a retry with back-off, so one bad
 * row is neither retried on every pass nor ever allowed to stop the others.
 */
final class RowProblems {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

    /** The first retry; each further failure doubles it. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    /** A row still failing after a few days is retried once a day, not more rarely: its cause may be gone. */
    static final Duration LAST_RETRY = Duration.ofDays(1);
    /** Shown when the failure carried no message; the host's log has the rest. */
    static final String NO_DETAILS = "The pass could not compute this row; the host's log has the details.";

    private RowProblems() {
    }

    /**
     * The followup of a row that failed again: its retries counted, its next look pushed out. Logged only when the
     * problem is new or changed, not on each retry of the same one.
     */
    static Followup failed(String row, Followup previous, RuntimeException e, Instant now) {
        Objects.requireNonNull(previous, "previous");
        String problem = describe(e);
        int retries = previous.retries() + 1;
        if (!problem.equals(previous.problem())) {
            LOG.log(Level.WARNING, "Escalation pass cannot plan " + row + ": " + problem
                    + " (retried with back-off; listed under needs attention)", e);
        }
        return Followup.failed(problem, retries, now.plus(backOff(retries)));
    }

    /** 5 minutes after the first failure, doubling, at most a day. */
    static Duration backOff(int retries) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < retries && delay.compareTo(LAST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }

    /**
     * What an administrator needs to find the bad policy or calendar: the failure's own message, on one line, without
     * a stack trace or class name (those are in the host's log, written above); a generic text when it has none.
     */
    static String describe(RuntimeException e) {
        String text = FailureText.of(e);
        if (text.isEmpty()) {
            text = NO_DETAILS;
        }
        return text.length() > Followup.MAX_PROBLEM ? text.substring(0, Followup.MAX_PROBLEM) : text;
    }
}
