package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;
import works.async.sandbox.auth.SignInThrottle;

/**
 * Password guessing against the login form and HTTP Basic, on a sandbox whose clock the test moves (so the
 * throttle's window passes without waiting): after repeated failures for one user name, or from one address, further
 * attempts are refused with 429 and a message saying so, even with the right password, until the window has passed.
 */
@DisplayName("Sign-in throttle: repeated failures per user name and per address, on the sandbox's clock")
class SignInThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now;

        MovingClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the sandbox reads UTC instants only");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    MovingClock clock;
    Path data;
    RunningSandbox sandbox;
    SandboxClient client;

    @BeforeEach
    void start() throws IOException {
        clock = new MovingClock(Instant.parse("2026-03-09T10:00:00Z"));
        data = Files.createTempDirectory("async-work-throttle-");
        sandbox = SandboxMain.start(clock, "--port", "0", "--data", data.toString());
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() throws IOException {
        sandbox.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Reply login(String user, String password) {
        return client.login(Map.of("os_username", user, "os_password", password));
    }

    private Reply basic(String user, String password) {
        return client.send(client.request(null, SandboxClient.REST + "/schedules/me").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build());
    }

    @Test
    void afterFiveFailuresForOneUserEvenTheRightPasswordWaitsUntilTheWindowHasPassed() {
        for (int i = 0; i < SignInThrottle.PER_USER; i++) {
            assertThat(login("alice", "guess" + i).status()).isEqualTo(401);
        }

        Reply refused = login("alice", "alice");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("id=\"login-error\"").contains("Too many failed logins")
                .contains("Try again in 15 minute(s)");
        assertThat(refused.raw().headers().firstValue("Retry-After")).hasValue("900");
        assertThat(refused.raw().headers().firstValue("Location")).isEmpty();
        // The same name in another case is the same user; Basic is refused as well, so guessing cannot move there.
        assertThat(login("ALICE", "alice").status()).isEqualTo(429);
        Reply viaBasic = basic("alice", "alice");
        assertThat(viaBasic.status()).isEqualTo(429);
        assertThat(viaBasic.json().get("error").asText()).isEqualTo("too_many_attempts");
        // Other users are not locked out by alice's failures.
        assertThat(login("bob", "bob").status()).isEqualTo(302);
        assertThat(basic("bob", "bob").status()).isEqualTo(200);

        clock.advance(SignInThrottle.WINDOW.minusSeconds(1));
        assertThat(login("alice", "alice").status()).as("a second before the window ends").isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("alice", "alice").status()).isEqualTo(302);
    }

    @Test
    void failuresOverBasicCountTooAndASuccessClearsTheUsersCount() {
        for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
            assertThat(basic("carol", "guess" + i).status()).isEqualTo(401);
        }
        assertThat(login("carol", "carol").status()).isEqualTo(302);
        // Cleared by the success: another four failures are still below the limit.
        for (int i = 0; i < SignInThrottle.PER_USER - 1; i++) {
            assertThat(login("carol", "again" + i).status()).isEqualTo(401);
        }
        assertThat(login("carol", "carol").status()).isEqualTo(302);
        for (int i = 0; i < SignInThrottle.PER_USER; i++) {
            basic("carol", "more" + i);
        }
        assertThat(login("carol", "carol").status()).isEqualTo(429);
    }

    @Test
    void manyFailuresFromOneAddressStopEveryUserFromItUntilTheWindowHasPassed() {
        // Spread over names, each below its own limit, as a password spray would.
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertThat(login("nobody" + (i % 10), "guess").status()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(10));
        }

        Reply refused = login("dinesh", "dinesh");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed logins");

        // Free again once the oldest failure has left the window.
        clock.advance(SignInThrottle.WINDOW.minus(Duration.ofSeconds(10L * SignInThrottle.PER_ADDRESS)));
        assertThat(login("dinesh", "dinesh").status()).isEqualTo(302);
    }
}
