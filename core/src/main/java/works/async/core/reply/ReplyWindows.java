package works.async.core.reply;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * The reply windows a policy grants, per issue priority with a default; passed in by the
 * application layer so that this package does not depend on the policy package.
 *
 * @param defaultWindow working time when the priority has no window of its own
 * @param byPriority    windows keyed by host priority name or id
 */
public record ReplyWindows(Duration defaultWindow, Map<String, Duration> byPriority) {

    public ReplyWindows {
        requirePositive(defaultWindow, "defaultWindow");
        byPriority = Map.copyOf(byPriority == null ? Map.of() : byPriority);
        byPriority.forEach((priority, window) -> requirePositive(window, "byPriority." + priority));
    }

    public static ReplyWindows of(Duration defaultWindow) {
        return new ReplyWindows(defaultWindow, Map.of());
    }

    public static ReplyWindows of(Duration defaultWindow, Map<String, Duration> byPriority) {
        return new ReplyWindows(defaultWindow, byPriority);
    }

    /** The window for a priority, or the default when the priority is null or has none. */
    public Duration windowFor(String priority) {
        return priority == null ? defaultWindow : byPriority.getOrDefault(priority, defaultWindow);
    }

    private static void requirePositive(Duration window, String field) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new DomainException(ErrorCode.INVALID_WINDOW, field, "A reply window must be positive.");
        }
    }
}
