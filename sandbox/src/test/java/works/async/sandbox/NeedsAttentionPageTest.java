package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import works.async.core.schedule.PersonalSchedule;
import works.async.core.testing.MutableClock;
import works.async.core.time.TimeOff;
import works.async.plugin.ao.AoScheduleStore;
import works.async.sandbox.SandboxClient.Reply;

/**
 * A request whose recipient's stored calendar (written by an older version, which allowed it) has no working time
 * within the engine's search is listed under "Needs attention" on the administrators' outbox screen, with what is
 * wrong, while nobody else sees the screen.
 */
class NeedsAttentionPageTest {

    static final MutableClock CLOCK = new MutableClock(SandboxInstants.EUROPE_MORNING);

    @TempDir
    static Path data;
    static RunningSandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxMain.start(CLOCK, "--port", "0", "--data", data.toString());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aRequestThePassCannotPlanIsShownToAdministratorsWithItsProblem() {
        Reply asked = client.postJson("alice", SandboxClient.REST + "/issues/DEMO-1/reply-requests",
                SandboxClient.json(Map.of("recipient", "bob", "question", "Can you check the totals?")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Instant due = Instant.parse(asked.json().get("dueAt").asText());
        String bob = client.get("bob", SandboxClient.REST + "/users/me").json().get("key").asText();
        // Twenty-six back-to-back years away, from before the question on: more than today's validation accepts, as
        // an older version stored it. Bob's escalation cannot be timed into his working hours.
        List<TimeOff> away = new ArrayList<>();
        Instant from = CLOCK.instant().minus(Duration.ofDays(366));
        for (int i = 0; i < 26; i++) {
            away.add(new TimeOff(from.plus(Duration.ofDays(366L * i)), from.plus(Duration.ofDays(366L * (i + 1)))));
        }
        AoScheduleStore schedules = new AoScheduleStore(sandbox.services().pluginAo);
        long version = schedules.find(bob).map(PersonalSchedule::version).orElse(0L);
        schedules.save(new PersonalSchedule(bob, null, Set.of(), away, version), version);
        CLOCK.set(due.plus(Duration.ofHours(1)));

        sandbox.services().escalation.runOnce();

        String page = client.get("admin", "/secure/async-work/outbox").body();
        assertThat(page).contains("Needs attention", "The calendar has no working time", "DEMO-1",
                "Failed once; next try");
        assertThat(client.get("bob", "/secure/async-work/outbox").status()).isEqualTo(403);
    }
}
