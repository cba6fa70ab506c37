package works.async.plugin.spring;

import java.time.Clock;
import java.util.Objects;

/**
 * The clock a host supplies to the shared beans: the system clock in Jira and Confluence, the clock the sandbox or a
 * test was started with. A type of its own, so that the one {@code Clock} bean is the app's millisecond clock
 * ({@link SharedPluginBeans#clock}) and no bean can take the host's finer one by mistake.
 */
public record HostClock(Clock clock) {

    public HostClock {
        Objects.requireNonNull(clock, "clock");
    }

    /** The system clock in UTC (its zone is the default zone of people without one). */
    public static HostClock system() {
        return new HostClock(Clock.systemUTC());
    }
}
