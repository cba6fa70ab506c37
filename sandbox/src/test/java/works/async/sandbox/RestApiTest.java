package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("REST API over HTTP on the sandbox: sign-in, access rules, XSRF, limits, errors, hostile text")
@ParameterizedClass(name = "{0}")
@MethodSource("works.async.sandbox.SandboxInstants#all")
class RestApiTest {

    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">x</a>  ";

    /**
     * The instant this run's sandbox clock stands at, as given; declared so that JUnit hands it to the class-level
     * start below (tests read {@code fixed.now()}, in the milliseconds the app reads).
     */
    @Parameter
    Instant at;

    static FixedSandbox fixed;
    static RunningSandbox sandbox;
    static SandboxClient client;

    /** A sandbox of its own for each instant, its clock standing at it (demo data seeded then too). */
    @BeforeParameterizedClassInvocation
    static void start(Instant at) {
        fixed = FixedSandbox.at(at);
        sandbox = fixed.sandbox();
        client = fixed.client();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        fixed.close();
    }

    @Test
    void anonymousRestCallsGet401InTheErrorShape() {
        Reply r = client.get(null, SandboxClient.REST + "/issues/DEMO-1/async");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("unauthenticated");
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void wrongPasswordGets401() {
        Reply r = client.send(client.request(null, SandboxClient.REST + "/issues/DEMO-1/async")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("alice:wrong".getBytes())).GET().build());
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void issueViewShowsDemoOneWaitingForItsOwner() {
        JsonNode body = client.get("alice", SandboxClient.REST + "/issues/DEMO-1/async").json();
        assertThat(body.get("issue").asText()).isEqualTo("DEMO-1");
        assertThat(body.get("ownership").get("owner").asText()).isEqualTo("alice");
        assertThat(body.get("ownership").get("state").asText()).isEqualTo("REQUESTED");
        assertThat(body.get("ownership").get("dueAt").asText()).endsWith("Z");
    }

    @Test
    void unknownIssueIs404() {
        Reply r = client.get("alice", SandboxClient.REST + "/issues/NOPE-9/async");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().has("error")).isTrue();
    }

    @Test
    void onlyAdministratorsChangeTheGlobalPolicyAndSeeTheOutbox() {
        String current = client.get("admin", SandboxClient.REST + "/policies/global").json().get("own").toString();
        Reply byBob = client.putJson("bob", SandboxClient.REST + "/policies/global", current);
        assertThat(byBob.status()).isEqualTo(403);
        assertThat(client.get("bob", SandboxClient.REST + "/outbox").status()).isEqualTo(403);
        assertThat(client.get("admin", SandboxClient.REST + "/outbox").status()).isEqualTo(200);
    }

    @Test
    void staleVersionOfAPolicyIsAConflict() {
        String path = SandboxClient.REST + "/policies/spaces/TEAM";
        JsonNode own = client.get("bob", path).json().get("own");
        Reply first = client.putJson("bob", path, own.toString());
        assertThat(first.status()).isEqualTo(200);
        Reply second = client.putJson("bob", path, own.toString());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("error").asText()).isNotBlank();
    }

    @Test
    void malformedJsonIs400InTheErrorShape() {
        Reply r = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-2/reply-requests", "{bad");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("at [Source");
    }

    @Test
    void missingQuestionIs400NamingTheField() {
        Reply r = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-2/reply-requests",
                SandboxClient.json(Map.of("recipient", "carol")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).contains("question");
    }

    @Test
    void bodiesOverOneMebibyteGet413AndNothingIsStored() {
        String path = SandboxClient.REST + "/issues/DEMO-3/reply-requests";
        int before = replyRequestsOnDemo3();
        Reply r = client.postBytes("carol", path, oversizedQuestion());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("too_large");
        assertThat(replyRequestsOnDemo3()).isEqualTo(before);
    }

    @Test
    void chunkedBodiesOverOneMebibyteGet413AndNothingIsStored() {
        String path = SandboxClient.REST + "/issues/DEMO-3/reply-requests";
        int before = replyRequestsOnDemo3();
        Reply r = client.postChunked("carol", path, oversizedQuestion());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("too_large");
        assertThat(replyRequestsOnDemo3()).isEqualTo(before);
    }

    private int replyRequestsOnDemo3() {
        return client.get("carol", SandboxClient.REST + "/issues/DEMO-3/async").json().get("replyRequests").size();
    }

    /** A well-formed reply request of 2 MiB: only its size is wrong. */
    private static byte[] oversizedQuestion() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        String prefix = "{\"recipient\":\"emma\",\"question\":\"";
        System.arraycopy(prefix.getBytes(), 0, big, 0, prefix.length());
        big[big.length - 2] = '"';
        big[big.length - 1] = '}';
        return big;
    }

    @Test
    void formTextAndMultipartPostsNeedTheXsrfHeader() {
        String path = SandboxClient.REST + "/issues/DEMO-4/ownership/decline";
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            Reply refused = client.post("dinesh", path, type, "reason=x", null);
            assertThat(refused.status()).as(type).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("xsrf");
            Reply withHeader = client.post("dinesh", path, type, "reason=x", "no-check");
            assertThat(withHeader.status()).as(type).isNotEqualTo(403);
        }
        Reply json = client.postJson("dinesh", SandboxClient.REST + "/issues/DEMO-4/async", "{}");
        assertThat(json.json().path("error").asText()).isNotEqualTo("xsrf");
    }

    @Test
    void hostileQuestionIsStoredExactlyAndReadBackEqual() {
        Reply created = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-5/reply-requests",
                SandboxClient.json(Map.of("recipient", "carol", "question", HOSTILE)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("question").asText()).isEqualTo(HOSTILE);
        String id = created.json().get("id").asText();
        assertThat(client.get("carol", SandboxClient.REST + "/reply-requests/" + id).json().get("question").asText())
                .isEqualTo(HOSTILE);
        JsonNode open = client.get("carol", SandboxClient.REST + "/reply-requests?recipient=me&state=open").json();
        assertThat(open.findValuesAsText("question")).contains(HOSTILE);
    }

    @Test
    void hostileDeclineReasonIsStoredExactly() {
        Reply declined = client.postJson("emma", SandboxClient.REST + "/issues/DEMO-3/ownership/decline",
                SandboxClient.json(Map.of("reason", HOSTILE)));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body()).contains(SandboxClient.json(HOSTILE));
    }

    @Test
    void onlyTheRecipientAnswersAndOnlyTheAskerWithdraws() {
        String id = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-6/reply-requests",
                SandboxClient.json(Map.of("recipient", "dinesh", "question", "Which credentials?"))).json().get("id").asText();
        assertThat(client.postJson("emma", SandboxClient.REST + "/reply-requests/" + id + "/answer", "{}").status()).isEqualTo(403);
        assertThat(client.postJson("dinesh", SandboxClient.REST + "/reply-requests/" + id + "/withdraw", "{}").status()).isEqualTo(403);
        assertThat(client.postJson("dinesh", SandboxClient.REST + "/reply-requests/" + id + "/answer", "{}").status()).isEqualTo(200);
    }

    @Test
    void calendarPreviewGivesTheDueTimeInUtc() {
        JsonNode p = client.get("alice", SandboxClient.REST + "/calendar/preview?user=carol&from=2026-12-01T00:00:00Z&workingMinutes=60").json();
        assertThat(p.get("user").asText()).isEqualTo("carol");
        assertThat(p.get("zone").asText()).isEqualTo("Pacific/Auckland");
        assertThat(p.get("dueAt").asText()).endsWith("Z");
    }

    @Test
    void aScheduleWithAnotherZoneThanTheProfilesIs400NamingTheZoneAndNothingChanges() {
        JsonNode before = client.get("bob", SandboxClient.REST + "/schedules/me").json();
        String schedule = "{\"zone\":\"Europe/Berlin\",\"week\":{\"MONDAY\":[[\"06:00\",\"14:00\"]]},"
                + "\"holidays\":[\"2026-12-24\"],\"timeOff\":[]}";

        Reply put = client.putJson("bob", SandboxClient.REST + "/schedules/me", schedule);

        assertThat(put.status()).as(put.body()).isEqualTo(400);
        assertThat(put.json().get("field").asText()).isEqualTo("zone");
        assertThat(put.json().get("message").asText()).contains("profile");
        JsonNode after = client.get("bob", SandboxClient.REST + "/schedules/me").json();
        assertThat(after).isEqualTo(before);
        assertThat(after.get("zone").asText()).isEqualTo("America/New_York");
    }

    @Test
    void aPreviewWithoutAStartCountsFromTheSandboxClock() {
        JsonNode p = client.get("alice", SandboxClient.REST + "/calendar/preview?user=carol&workingMinutes=60").json();

        assertThat(Instant.parse(p.get("from").asText())).isEqualTo(fixed.now());
        assertThat(Instant.parse(p.get("dueAt").asText())).isAfter(fixed.now());
    }

    @Test
    void personalScheduleRoundTrips() {
        String schedule = "{\"zone\":\"Europe/Berlin\",\"week\":{\"MONDAY\":[[\"09:00\",\"17:00\"]],\"TUESDAY\":[[\"13:00\",\"24:00\"]]},"
                + "\"holidays\":[\"2026-12-25\"],\"timeOff\":[]}";
        Reply put = client.putJson("alice", SandboxClient.REST + "/schedules/me", schedule);
        assertThat(put.status()).isEqualTo(200);
        JsonNode got = client.get("alice", SandboxClient.REST + "/schedules/me").json();
        assertThat(got.get("week").get("TUESDAY").get(0).get(1).asText()).isEqualTo("24:00");
        assertThat(got.get("holidays").get(0).asText()).isEqualTo("2026-12-25");
    }
}
