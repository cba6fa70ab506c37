package works.async.sandbox.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import works.async.sandbox.RunningSandbox;
import works.async.sandbox.SandboxMain;

/** The one load both databases get, and what it must show: no 5xx, no other failure, every 201 readable. */
final class LoadAssertions {

    /** The sandbox's clock stands still: due times and the escalation job do not depend on when the build runs. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
    static final int CLIENTS = 30;
    static final int STEPS_PER_CLIENT = 48;
    /** Per database; the figures stay meaningful on a slow shared machine, the build stays bounded. */
    static final Duration CAP = Duration.ofSeconds(10);

    private LoadAssertions() {
    }

    static RunningSandbox start(String... args) {
        return SandboxMain.start(CLOCK, args);
    }

    static void runAndCheck(String database, RunningSandbox sandbox) throws InterruptedException {
        SandboxLoad.Result result = new SandboxLoad(sandbox.baseUri(), CLIENTS, STEPS_PER_CLIENT, CAP).run();
        String summary = result.summary(database);
        System.out.println(summary);
        assertThat(result.serverErrors()).as("5xx answers under load (%s)", summary)
                .extracting(SandboxLoad.Sample::failure).isEmpty();
        assertThat(result.unexpected()).as("other failed requests under load (%s)", summary)
                .extracting(SandboxLoad.Sample::failure).isEmpty();
        assertThat(result.created()).as("creates answered 201").isNotEmpty();
        assertThat(result.unreadable()).as("creates answered 201 but not readable afterwards").isEmpty();
    }
}
