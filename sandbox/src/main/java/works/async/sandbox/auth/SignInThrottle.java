package works.async.sandbox.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing, as Jira's and Confluence's login CAPTCHA after failed attempts does: after
 * {@link #PER_USER} failed sign-ins for one user name, or {@link #PER_ADDRESS} from one client address, within
 * {@link #WINDOW}, further attempts for it are refused without checking the password until the oldest of those
 * failures is older than the window. A successful sign-in clears its user name's failures (not its address's,
 * so one known account cannot be used to keep guessing others). Counted on the sandbox's clock, so tests move time
 * instead of waiting. Unknown user names count like known ones, so the answer tells nobody which names exist.
 */
public final class SignInThrottle {

    public static final int PER_USER = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Keys kept at most; beyond that the stalest are dropped (an address spraying names must not fill memory). */
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until an attempt for this user name from this address is allowed again; empty when it is now. */
    public synchronized Optional<Duration> refusedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        wait = max(wait, waitFor(userKey(username), PER_USER, now));
        wait = max(wait, waitFor(addressKey(address), PER_ADDRESS, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
        if (failures.size() > MAX_KEYS) {
            prune(now);
        }
    }

    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        dropExpired(times, now);
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        // Allowed again once enough of the failures have left the window for fewer than the limit to remain.
        Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
        return Duration.between(now, freed);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        dropExpired(times, now);
        times.addLast(now);
        // Only the newest failures up to the larger limit can ever matter.
        while (times.size() > PER_ADDRESS) {
            times.removeFirst();
        }
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            dropExpired(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
        // Still too many within the window: forget the ones whose newest failure is oldest.
        while (failures.size() > MAX_KEYS) {
            String stalest = null;
            Instant oldest = null;
            for (Map.Entry<String, Deque<Instant>> e : failures.entrySet()) {
                Instant newest = e.getValue().peekLast();
                if (oldest == null || newest.isBefore(oldest)) {
                    oldest = newest;
                    stalest = e.getKey();
                }
            }
            failures.remove(stalest);
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
