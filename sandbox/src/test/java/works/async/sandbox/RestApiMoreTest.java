package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("REST API over HTTP on the sandbox: reports, reply requests, ownership coordinators, policies")
@ParameterizedClass(name = "{0}")
@MethodSource("works.async.sandbox.SandboxInstants#all")
class RestApiMoreTest {

    /** The brief's hostile report body: a script, an event handler and a javascript: URL, unquoted. */
    static final String HOSTILE_BODY = "<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)";
    static final String HOSTILE_BODY_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; javascript:alert(1)";
    static final String R = SandboxClient.REST;

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

    // ---------------------------------------------------------------- helpers

    /** Asserts the error shape {@code {"error","message","field"}} and returns the body. */
    static JsonNode error(Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode body = r.json();
        assertThat(body.has("error")).as(r.body()).isTrue();
        assertThat(body.has("message")).as(r.body()).isTrue();
        assertThat(body.has("field")).as(r.body()).isTrue();
        assertThat(body.get("message").asText()).isNotBlank();
        if (code != null) {
            assertThat(body.get("error").asText()).isEqualTo(code);
        }
        return body;
    }

    /** bob publishes a report on DEMO-2 with carol and dinesh as required and emma as optional reviewers. */
    static JsonNode publishReport(String body) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("issue", "DEMO-2");
        report.put("title", "Search latency, week 48");
        report.put("body", body);
        report.put("meeting", Map.of("name", "Tuesday search sync", "usualMinutes", 30, "attendees", 4));
        report.put("requiredReviewers", List.of("carol", "dinesh"));
        report.put("optionalReviewers", List.of("emma"));
        Reply created = client.postJson("bob", R + "/reports", SandboxClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static Reply feedback(String user, String reportId, String kind, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("text", text);
        return client.postJson(user, R + "/reports/" + reportId + "/feedback", SandboxClient.json(body));
    }

    static JsonNode ask(String asker, String issue, String recipient, String question) {
        Reply created = client.postJson(asker, R + "/issues/" + issue + "/reply-requests",
                SandboxClient.json(Map.of("recipient", recipient, "question", question)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static List<JsonNode> openForMe(String user) {
        Reply r = client.get(user, R + "/reply-requests?recipient=me&state=open");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    static String workingAgreementPagePath(String user) {
        String space = client.get(user, "/spaces/TEAM").body();
        Matcher m = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\">Our working agreement").matcher(space);
        assertThat(m.find()).as("working agreement page listed on /spaces/TEAM").isTrue();
        return m.group(1);
    }

    // ---------------------------------------------------------------- reports

    @Test
    void aHostileReportBodyIsStoredExactlyAndReadBackEqual() {
        JsonNode created = publishReport(HOSTILE_BODY);
        assertThat(created.get("body").asText()).isEqualTo(HOSTILE_BODY);
        assertThat(created.get("author").asText()).isEqualTo("bob");
        assertThat(created.get("state").asText()).isEqualTo("OPEN");

        Reply read = client.get("carol", R + "/reports/" + created.get("id").asText());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("body").asText()).isEqualTo(HOSTILE_BODY);
        assertThat(read.json().get("title").asText()).isEqualTo("Search latency, week 48");
        assertThat(read.json().get("reviewers").findValuesAsText("user")).containsExactlyInAnyOrder("carol", "dinesh", "emma");
    }

    @Test
    void aReportWithoutATitleIs400NamingTheTitle() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("issue", "DEMO-2");
        report.put("body", "No title here");
        report.put("meeting", Map.of("name", "Tuesday search sync", "usualMinutes", 30, "attendees", 4));
        report.put("requiredReviewers", List.of("carol"));

        Reply r = client.postJson("bob", R + "/reports", SandboxClient.json(report));

        JsonNode body = error(r, 400, null);
        assertThat(body.get("field").asText()).isEqualTo("title");
    }

    @Test
    void aRequiredReviewerGivesFeedbackAndSomeoneElseIsRefused() {
        String id = publishReport("Plain body").get("id").asText();

        Reply ack = feedback("carol", id, "ACKNOWLEDGE", null);
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("feedback").findValuesAsText("reviewer")).containsExactly("carol");
        assertThat(ack.json().get("feedback").get(0).get("kind").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(ack.json().get("outcome").get("acknowledgedBy").toString()).contains("carol");

        Reply stranger = feedback("alice", id, "COMMENT", "Not a reviewer, still commenting");
        error(stranger, 403, "forbidden");
        // The refused feedback is not stored.
        JsonNode after = client.get("bob", R + "/reports/" + id).json();
        assertThat(after.get("feedback").findValuesAsText("reviewer")).containsExactly("carol");
    }

    @Test
    void anObjectionWithoutTextIs400NamingTheText() {
        String id = publishReport("Plain body").get("id").asText();

        JsonNode body = error(feedback("dinesh", id, "OBJECTION", null), 400, null);
        assertThat(body.get("field").asText()).isEqualTo("text");
        JsonNode blank = error(feedback("dinesh", id, "OBJECTION", "   "), 400, null);
        assertThat(blank.get("field").asText()).isEqualTo("text");
        assertThat(client.get("bob", R + "/reports/" + id).json().get("feedback").size()).isZero();
    }

    @Test
    void aQuestionOpensAReplyRequestForTheAuthor() {
        String id = publishReport("Plain body").get("id").asText();
        String question = "Which dashboard shows the p95? <b>not bold</b>  ";

        Reply asked = feedback("dinesh", id, "QUESTION", question);

        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().get("feedback").get(0).get("text").asText()).isEqualTo(question);
        List<JsonNode> bobs = openForMe("bob");
        assertThat(bobs).filteredOn(q -> q.get("question").asText().equals(question))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.get("asker").asText()).isEqualTo("dinesh");
                    assertThat(q.get("recipient").asText()).isEqualTo("bob");
                    assertThat(q.get("state").asText()).isEqualTo("OPEN");
                });
        // The asker is not the one who has to reply.
        assertThat(openForMe("dinesh")).noneMatch(q -> q.get("question").asText().equals(question));
    }

    @Test
    void theReportScreenRendersAHostileBodyInert() {
        String id = publishReport(HOSTILE_BODY).get("id").asText();

        Reply page = client.get("carol", "/secure/async-work/report/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"async-work-report-" + id + "\"")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("<img src=x onerror")
                .contains(HOSTILE_BODY_ESCAPED);
        HostPagesTest.assertInert(page.body());
    }

    // ---------------------------------------------------------------- report series

    @Test
    void theAuthorStartsAWeeklySeriesOthersReadItAndOnlyTheAuthorMovesItOn() {
        String first = java.time.LocalDate.ofInstant(fixed.now(), java.time.ZoneOffset.UTC).plusDays(8).toString();
        Reply started = client.postJson("alice", R + "/report-series", "{\"issue\":\"DEMO-1\",\"cadence\":\"WEEKLY\","
                + "\"firstOccurrence\":\"" + first + "\",\"meeting\":{\"name\":\"Monday status\",\"usualMinutes\":30,"
                + "\"attendees\":6}}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode series = started.json();
        assertThat(series.get("author").asText()).isEqualTo("alice");
        assertThat(series.get("nextOccurrence").asText()).isEqualTo(first);
        assertThat(series.get("remindAt").asText()).isNotBlank();
        String path = R + "/report-series/" + series.get("id").asText();

        assertThat(client.get("bob", path).json().get("meeting").get("name").asText()).isEqualTo("Monday status");
        String handled = "{\"occurrence\":\"" + first + "\"}";
        error(client.postJson("bob", path + "/advance", handled), 403, "forbidden");
        JsonNode missing = error(client.postJson("alice", path + "/advance", "{}"), 400, "required");
        assertThat(missing.get("field").asText()).isEqualTo("occurrence");

        Reply advanced = client.postJson("alice", path + "/advance", handled);
        assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);
        assertThat(advanced.json().get("occurrence").asInt()).isEqualTo(1);
        assertThat(advanced.json().get("nextOccurrence").asText())
                .isEqualTo(java.time.LocalDate.parse(first).plusWeeks(1).toString());

        // The same "done" again (a double click, a retry) names the date already handled: 409, the series stays put.
        JsonNode again = error(client.postJson("alice", path + "/advance", handled), 409, "series_moved_on");
        assertThat(again.get("message").asText()).contains("already marked done");
        assertThat(client.get("alice", path).json().get("occurrence").asInt()).isEqualTo(1);
    }

    @Test
    void aSeriesWithAnUnknownCadenceOrNoMeetingIs400NamingTheField() {
        String date = java.time.LocalDate.ofInstant(fixed.now(), java.time.ZoneOffset.UTC).plusDays(8).toString();
        JsonNode cadence = error(client.postJson("alice", R + "/report-series", "{\"issue\":\"DEMO-1\",\"cadence\":\"DAILY\","
                + "\"firstOccurrence\":\"" + date + "\",\"meeting\":{\"name\":\"Standup\",\"usualMinutes\":15,\"attendees\":5}}"),
                400, null);
        assertThat(cadence.get("field").asText()).isEqualTo("cadence");
        JsonNode meeting = error(client.postJson("alice", R + "/report-series", "{\"issue\":\"DEMO-1\",\"cadence\":\"WEEKLY\","
                + "\"firstOccurrence\":\"" + date + "\"}"), 400, "required");
        assertThat(meeting.get("field").asText()).isEqualTo("meeting");
    }

    // ---------------------------------------------------------------- reply requests

    @Test
    void hostileFeedbackTextIsStoredExactlyAndInertOnTheReportScreenAndTheIssuePanel() {
        String id = publishReport(HOSTILE_BODY).get("id").asText();

        Reply comment = feedback("emma", id, "COMMENT", RestApiTest.HOSTILE);

        assertThat(comment.status()).as(comment.body()).isEqualTo(200);
        assertThat(client.get("bob", R + "/reports/" + id).json().get("feedback").findValuesAsText("text"))
                .containsExactly(RestApiTest.HOSTILE);
        for (String path : List.of("/secure/async-work/report/" + id, "/browse/DEMO-2")) {
            Reply page = client.get("bob", path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("<img src=x onerror");
            HostPagesTest.assertInert(page.body());
        }
        assertThat(client.get("bob", "/secure/async-work/report/" + id).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theRecipientRenegotiatesAndTheOriginalDueTimeIsKept() {
        JsonNode created = ask("bob", "DEMO-2", "carol", "Can you share the slow query log?");
        String id = created.get("id").asText();
        Instant original = Instant.parse(created.get("dueAt").asText());
        Instant until = fixed.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Reply r = client.postJson("carol", R + "/reply-requests/" + id + "/renegotiate",
                SandboxClient.json(Map.of("until", until.toString())));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(Instant.parse(r.json().get("dueAt").asText())).isEqualTo(until);
        assertThat(Instant.parse(r.json().get("originalDueAt").asText())).isEqualTo(original);
        assertThat(r.json().get("state").asText()).isEqualTo("OPEN");
        JsonNode read = client.get("bob", R + "/reply-requests/" + id).json();
        assertThat(Instant.parse(read.get("dueAt").asText())).isEqualTo(until);
        assertThat(Instant.parse(read.get("originalDueAt").asText())).isEqualTo(original);
    }

    @Test
    void onlyTheRecipientRenegotiates() {
        JsonNode created = ask("bob", "DEMO-2", "carol", "Who owns the search cluster?");
        String id = created.get("id").asText();
        String until = fixed.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        for (String other : List.of("bob", "alice")) {
            Reply r = client.postJson(other, R + "/reply-requests/" + id + "/renegotiate",
                    SandboxClient.json(Map.of("until", until)));
            error(r, 403, "forbidden");
        }
        JsonNode read = client.get("carol", R + "/reply-requests/" + id).json();
        assertThat(read.get("dueAt").asText()).isEqualTo(created.get("dueAt").asText());
    }

    @Test
    void renegotiatingToAPastTimeIs400NamingUntil() {
        JsonNode created = ask("bob", "DEMO-2", "carol", "Is the timeout configurable?");
        String id = created.get("id").asText();

        Reply r = client.postJson("carol", R + "/reply-requests/" + id + "/renegotiate",
                SandboxClient.json(Map.of("until", "2020-01-01T00:00:00Z")));

        assertThat(error(r, 400, null).get("field").asText()).isEqualTo("until");
        JsonNode read = client.get("carol", R + "/reply-requests/" + id).json();
        assertThat(read.get("dueAt").asText()).isEqualTo(created.get("dueAt").asText());
    }

    @Test
    void theOpenListHoldsOnlyTheCallersOpenRequests() {
        String mine = ask("alice", "DEMO-5", "emma", "Can the digest go out on Fridays?").get("id").asText();
        String answered = ask("alice", "DEMO-5", "emma", "Is Portuguese copy ready?").get("id").asText();
        String others = ask("alice", "DEMO-5", "dinesh", "Does Kolkata need a digest too?").get("id").asText();
        assertThat(client.postJson("emma", R + "/reply-requests/" + answered + "/answer", "{}").status()).isEqualTo(200);

        List<JsonNode> emmas = openForMe("emma");

        assertThat(emmas).isNotEmpty();
        assertThat(emmas).allSatisfy(q -> {
            assertThat(q.get("recipient").asText()).isEqualTo("emma");
            assertThat(q.get("state").asText()).isEqualTo("OPEN");
        });
        assertThat(emmas).extracting(q -> q.get("id").asText()).contains(mine).doesNotContain(answered, others);
        // The asker does not see requests waiting for others in their own list.
        assertThat(openForMe("alice")).extracting(q -> q.get("id").asText()).doesNotContain(mine, others);
    }

    @Test
    void aBogusStateOrAnotherRecipientIs400() {
        JsonNode state = error(client.get("emma", R + "/reply-requests?recipient=me&state=bogus"), 400, null);
        assertThat(state.get("field").asText()).isEqualTo("state");
        JsonNode recipient = error(client.get("emma", R + "/reply-requests?recipient=bob&state=open"), 400, null);
        assertThat(recipient.get("field").asText()).isEqualTo("recipient");
    }

    // ---------------------------------------------------------------- ownership

    @Test
    void aCoordinatorNamedInTheProjectPolicyConfirmsOnBehalfAndOthersAreRefused() {
        Reply policy = client.putJson("alice", R + "/policies/projects/DEMO",
                "{\"ownership\":{\"coordinators\":[{\"kind\":\"USER\",\"name\":\"dinesh\"}]}}");
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        assertThat(policy.json().get("own").get("ownership").get("coordinators").toString()).contains("dinesh");
        JsonNode before = client.get("bob", R + "/issues/DEMO-6/async").json().get("ownership");
        assertThat(before.get("owner").asText()).isEqualTo("bob");
        assertThat(before.get("state").asText()).isEqualTo("REQUESTED");

        Reply byEmma = client.postJson("emma", R + "/issues/DEMO-6/ownership/confirm",
                SandboxClient.json(Map.of("onBehalfOf", "bob")));
        error(byEmma, 403, "forbidden");
        assertThat(client.get("bob", R + "/issues/DEMO-6/async").json().get("ownership").get("state").asText())
                .isEqualTo("REQUESTED");

        Reply byDinesh = client.postJson("dinesh", R + "/issues/DEMO-6/ownership/confirm",
                SandboxClient.json(Map.of("onBehalfOf", "bob")));

        assertThat(byDinesh.status()).as(byDinesh.body()).isEqualTo(200);
        assertThat(byDinesh.json().get("owner").asText()).isEqualTo("bob");
        assertThat(byDinesh.json().get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(byDinesh.json().get("onBehalf").asBoolean()).isTrue();
        assertThat(byDinesh.json().get("actedBy").asText()).isEqualTo("dinesh");
    }

    // ---------------------------------------------------------------- policies

    @Test
    void theProjectAdminChangesTheProjectPolicyAndOthersAreRefused() {
        String path = R + "/policies/projects/DEMO";
        Reply byAlice = client.putJson("alice", path, "{\"reply\":{\"defaultWindow\":480}}");
        assertThat(byAlice.status()).as(byAlice.body()).isEqualTo(200);
        assertThat(byAlice.json().get("own").get("reply").get("defaultWindow").asLong()).isEqualTo(480);

        Reply byBob = client.putJson("bob", path, "{\"reply\":{\"defaultWindow\":60}}");

        error(byBob, 403, "forbidden");
        assertThat(client.get("alice", path).json().get("own").get("reply").get("defaultWindow").asLong()).isEqualTo(480);
    }

    @Test
    void anIssueTypePolicyGivesQuestionsOnIssuesOfThatTypeItsWindowAndOnlyTheProjectAdminSetsIt() {
        String path = R + "/policies/projects/DEMO/types/Task";
        error(client.putJson("bob", path, "{\"reply\":{\"defaultWindow\":90}}"), 403, "forbidden");

        Reply set = client.putJson("alice", path, "{\"reply\":{\"defaultWindow\":90}}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("scope").get("level").asText()).isEqualTo("ITEM_TYPE");
        assertThat(set.json().get("scope").get("itemType").asText()).isEqualTo("Task");
        assertThat(client.get("bob", path).json().get("own").get("reply").get("defaultWindow").asLong()).isEqualTo(90);
        // DEMO-3 is a Task, DEMO-5 a Story: only the Task's question gets the Task window.
        assertThat(ask("carol", "DEMO-3", "emma", "Which locale files?").get("windowMinutes").asLong()).isEqualTo(90);
        assertThat(ask("carol", "DEMO-5", "emma", "Which digest day?").get("windowMinutes").asLong()).isNotEqualTo(90);
    }

    @Test
    void theSpaceAdminChangesTheSpacePolicyAndOthersAreRefused() {
        String path = R + "/policies/spaces/TEAM";
        Reply byBob = client.putJson("bob", path, "{\"reply\":{\"defaultWindow\":600}}");
        assertThat(byBob.status()).as(byBob.body()).isEqualTo(200);

        Reply byAlice = client.putJson("alice", path, "{\"reply\":{\"defaultWindow\":60}}");

        error(byAlice, 403, "forbidden");
        assertThat(client.get("bob", path).json().get("own").get("reply").get("defaultWindow").asLong()).isEqualTo(600);
    }

    @Test
    void aNonAdministratorCannotChangeTheGlobalPolicy() {
        String path = R + "/policies/global";
        JsonNode own = client.get("admin", path).json().get("own");
        for (String user : List.of("alice", "bob", "carol")) {
            error(client.putJson(user, path, own.toString()), 403, "forbidden");
        }
        assertThat(client.get("admin", path).json().get("own")).isEqualTo(own);
    }

    @Test
    void anInvalidValueIs400WithProblemsAndNothingIsSaved() {
        String path = R + "/policies/projects/DEMO";
        assertThat(client.putJson("alice", path,
                "{\"reply\":{\"defaultWindow\":240},\"agreement\":{\"channels\":\"Slack #demo\"}}").status()).isEqualTo(200);

        Reply r = client.putJson("alice", path,
                "{\"reply\":{\"defaultWindow\":0},\"agreement\":{\"channels\":\"Changed\"}}");

        JsonNode body = error(r, 400, null);
        assertThat(body.get("problems").findValuesAsText("field")).contains("reply.defaultWindow");
        assertThat(body.get("problems").get(0).get("message").asText()).isNotBlank();
        JsonNode own = client.get("alice", path).json().get("own");
        assertThat(own.get("reply").get("defaultWindow").asLong()).isEqualTo(240);
        assertThat(own.get("agreement").get("channels").asText()).isEqualTo("Slack #demo");
    }

    @Test
    void anUnreadableValueIsAProblemNamingItsField() {
        String path = R + "/policies/spaces/TEAM";
        Reply r = client.putJson("bob", path, "{\"notifications\":{\"digestAt\":\"25:99\"}}");

        JsonNode body = error(r, 400, null);
        assertThat(body.get("problems").findValuesAsText("field")).contains("notifications.digestAt");
    }

    @Test
    void hostileAgreementChannelsAreStoredExactlyAndRenderedInert() {
        String path = R + "/policies/spaces/TEAM";
        Reply put = client.putJson("bob", path,
                SandboxClient.json(Map.of("agreement", Map.of("channels", RestApiTest.HOSTILE))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("own").get("agreement").get("channels").asText()).isEqualTo(RestApiTest.HOSTILE);
        assertThat(client.get("carol", path).json().get("own").get("agreement").get("channels").asText())
                .isEqualTo(RestApiTest.HOSTILE);

        Reply page = client.get("carol", workingAgreementPagePath("carol"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("async-work-agreement")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        HostPagesTest.assertInert(page.body());

        Reply admin = client.get("bob", "/secure/async-work/admin?space=TEAM");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        HostPagesTest.assertInert(admin.body());
    }

    // ---------------------------------------------------------------- malformed JSON

    @Test
    void malformedJsonOnAPostIs400MalformedJson() {
        Reply truncated = client.postJson("bob", R + "/reports", "{\"issue\":\"DEMO-2\",\"title\":");
        error(truncated, 400, "malformed_json");
        assertThat(truncated.body()).doesNotContain("at [Source").doesNotContain("Exception");

        Reply wrongType = client.postJson("carol", R + "/reply-requests/x/renegotiate", "{\"until\":{\"at\":1}}");
        JsonNode body = error(wrongType, 400, "malformed_json");
        assertThat(body.get("field").asText()).isEqualTo("until");
    }
}
