package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.sandbox.SandboxClient.Reply;

/**
 * The three inputs that, sent to the running sandbox, stopped every reminder and escalation on every pass: each is
 * now refused over HTTP with a 400 naming the field, and the escalation job keeps running afterwards.
 */
@DisplayName("Job-stopping inputs over HTTP on the sandbox: refused naming the field, the job keeps running")
class JobStoppingInputsOverHttpTest {

    static final String R = SandboxClient.REST;

    @TempDir
    static Path data;
    static RunningSandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxMain.start("--port", "0", "--data", data.toString());
        client = new SandboxClient(sandbox);
        // An open request on DEMO-4 (a Bug reported by emma), so every pass below has a row to plan.
        Reply asked = client.postJson("emma", R + "/issues/DEMO-4/reply-requests",
                SandboxClient.json(Map.of("recipient", "dinesh", "question", "Which iPhones?")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void sixBackToBackYearLongAbsencesOfAnEscalationTargetAre400NamingTimeOff() {
        List<Map<String, String>> absences = new ArrayList<>();
        Instant from = Instant.parse("2030-01-07T00:00:00Z"); // any start: the total is what is refused
        for (int i = 0; i < 6; i++) {
            absences.add(Map.of("from", from.toString(), "to", from.plus(Duration.ofDays(366)).toString()));
            from = from.plus(Duration.ofDays(366));
        }

        Reply refused = client.putJson("emma", R + "/schedules/me", SandboxClient.json(Map.of("timeOff", absences)));

        JsonNode body = refused(refused, "invalid_schedule");
        assertThat(body.get("field").asText()).isEqualTo("timeOff");
        assertThat(body.get("problems").get(0).get("code").asText()).isEqualTo("too_much_time_off");
        assertThat(client.get("emma", R + "/schedules/me").json().get("timeOff")).isEmpty();
        runPass();
    }

    @Test
    void aNewlineInACoordinatorNameIs400AndNothingIsSaved() {
        JsonNode before = client.get("admin", R + "/policies/projects/DEMO").json().get("own");

        Reply refused = client.putJson("admin", R + "/policies/projects/DEMO",
                "{\"ownership\":{\"coordinators\":[{\"kind\":\"USER\",\"name\":\"bob\\nGROUPX\"}]}}");

        JsonNode body = refused(refused, "invalid_policy");
        assertThat(body.get("field").asText()).isEqualTo("ownership.coordinators[0].name");
        Reply read = client.get("admin", R + "/policies/projects/DEMO");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("own")).isEqualTo(before);
        assertThat(client.get("emma", R + "/issues/DEMO-4/async").status()).isEqualTo(200);
        runPass();
    }

    @Test
    void twoThousandTwoHundredHolidaysOnTheBugPolicyAre400NamingTheHolidays() {
        List<String> holidays = new ArrayList<>();
        for (int i = 0; i < 2_200; i++) {
            holidays.add(LocalDate.of(2026, 1, 1).plusDays(i).toString());
        }

        Reply refused = client.putJson("admin", R + "/policies/projects/DEMO/types/Bug",
                SandboxClient.json(Map.of("calendar", Map.of("holidays", holidays))));

        JsonNode body = refused(refused, "invalid_policy");
        assertThat(body.get("field").asText()).isEqualTo("calendar.holidays");
        assertThat(body.get("problems")).hasSize(1);
        runPass();
    }

    @Test
    void renegotiatingToTheYearOneHundredThousandIs400NamingUntil() {
        String id = client.get("dinesh", R + "/reply-requests?recipient=me&state=open").json().get(0).get("id").asText();

        for (String until : List.of("+100000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            Reply refused = client.postJson("dinesh", R + "/reply-requests/" + id + "/renegotiate",
                    SandboxClient.json(Map.of("until", until)));

            assertThat(refused(refused, "out_of_range").get("field").asText()).isEqualTo("until");
        }
        runPass();
    }

    private static JsonNode refused(Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception", "works.async.");
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank().doesNotStartWith("async-work.");
        return body;
    }

    private static void runPass() {
        sandbox.services().escalation.runOnce();
    }
}
