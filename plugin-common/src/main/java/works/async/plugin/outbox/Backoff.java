package works.async.plugin.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When a notification whose delivery failed is tried again: 1, 2, 4, ... minutes after each failure, at most an hour
 * apart, and after {@value #MAX_ATTEMPTS} failures not again until an administrator retries it. A refusal that
 * outlasts about two hours (1 + 2 + ... + 60 minutes) is not going to mend itself; a person has to look.
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /** Whether a row that has failed this many times is parked instead of being tried again. */
    public static boolean parks(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }

    /** The next attempt after the given number of failures (1 = the first failure). */
    public static Instant nextAttempt(int attempts, Instant failedAt) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return failedAt.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
