package works.async.plugin.calendar;

import java.time.Duration;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/**
 * A window of working time someone typed instead of taking the policy's (a reply window, a report's feedback
 * window), checked against one range wherever it is typed.
 */
public final class ExplicitWindow {

    /** Longest explicit window: a year of working time, as for policies. */
    public static final int MAX_WORKING_MINUTES = 365 * 24 * 60;

    private ExplicitWindow() {
    }

    /** The window of {@code workingMinutes}, 1 to {@value #MAX_WORKING_MINUTES}; otherwise refused on {@code field}. */
    public static Duration of(int workingMinutes, String field) {
        if (workingMinutes < 1 || workingMinutes > MAX_WORKING_MINUTES) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, field, "The window is out of range.");
        }
        return Duration.ofMinutes(workingMinutes);
    }
}
