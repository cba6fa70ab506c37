package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

/**
 * What a sender wrote is what is stored, or the request is refused naming the field: no value of the wrong type is
 * converted, no key counts twice, no invisible text passes as written, and a parameter that is not a number is a
 * 400 naming it rather than a 404 as if the path were unknown.
 */
class StrictInputRestTest {

    private final RestHarness rest = new RestHarness();

    private RestHarness.Reply ask(String body) {
        return rest.post("carol", "issues/DEMO-1/reply-requests", body);
    }

    private static void assertRefused(RestHarness.Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.body().get("error").asText()).as(reply.raw()).isEqualTo(code);
        if (field == null) {
            assertThat(reply.body().get("field").isNull()).as(reply.raw()).isTrue();
        } else {
            assertThat(reply.body().get("field").asText()).as(reply.raw()).isEqualTo(field);
        }
        assertThat(reply.raw()).doesNotContain("Exception", "at works.", "com.fasterxml");
    }

    private int openRequests() {
        return rest.get("carol", "issues/DEMO-1/async").body().get("replyRequests").size();
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNotTurnedIntoText() {
        int before = openRequests();

        assertRefused(ask(json("{'recipient':'bob','question':42}")), 400, "malformed_json", "question");
        assertRefused(ask(json("{'recipient':'bob','question':true}")), 400, "malformed_json", "question");
        assertRefused(ask(json("{'recipient':7,'question':'Q?'}")), 400, "malformed_json", "recipient");
        assertRefused(ask(json("{'recipients':['bob',3],'question':'Q?'}")), 400, "malformed_json", "recipients[1]");

        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void workingMinutesMustBeAWholeJsonNumber() {
        int before = openRequests();

        assertRefused(ask(json("{'recipient':'bob','question':'Q?','workingMinutes':'60'}")), 400, "invalid_number",
                "workingMinutes");
        assertRefused(ask(json("{'recipient':'bob','question':'Q?','workingMinutes':1.5}")), 400, "invalid_number",
                "workingMinutes");
        RestHarness.Reply list = ask(json("{'recipient':'bob','question':'Q?','workingMinutes':[60]}"));
        assertRefused(list, 400, "invalid_number", "workingMinutes");
        assertThat(list.body().get("message").asText()).isEqualTo("Enter a whole number of minutes, such as 30.");
        assertThat(openRequests()).isEqualTo(before);

        RestHarness.Reply whole = ask(json("{'recipient':'bob','question':'Q?','workingMinutes':60}"));
        assertThat(whole.status()).isEqualTo(201);
        assertThat(whole.body().get("windowMinutes").asLong()).isEqualTo(60);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        int before = openRequests();

        assertRefused(ask(json("{'recipient':'bob','question':'first','question':'second'}")), 400, "malformed_json",
                "question");
        RestHarness.Reply nested = rest.post("alice", "reports", json("{'issue':'DEMO-1','title':'T','body':'B',"
                + "'meeting':{'name':'Sync','name':'Other','usualMinutes':30,'attendees':4},"
                + "'requiredReviewers':['bob']}"));
        assertRefused(nested, 400, "malformed_json", "meeting.name");

        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void attendeesAreANumberOfPeopleAndAnythingElseIsRefusedSayingSo() {
        String report = "{'issue':'DEMO-1','title':'T','body':'B','meeting':{'name':'Sync','usualMinutes':30,"
                + "'attendees':%s},'requiredReviewers':['bob']}";
        for (String notANumber : new String[] {"[4, 5]", "'4'", "4.5", "{'count':4}", "true", "99999999999"}) {
            RestHarness.Reply refused = rest.post("alice", "reports", json(report.formatted(notANumber)));
            assertRefused(refused, 400, "invalid_number", "meeting.attendees");
            // Valid JSON is not called invalid JSON: the answer says what the field counts.
            assertThat(refused.body().get("message").asText()).as(notANumber)
                    .isEqualTo("Enter the number of people as a whole number, such as 6.");
        }
        assertRefused(rest.post("alice", "reports", json(report.formatted("4").replace("'usualMinutes':30",
                "'usualMinutes':'30'"))), 400, "invalid_number", "meeting.usualMinutes");

        assertThat(rest.post("alice", "reports", json(report.formatted("4"))).status()).isEqualTo(201);
    }

    @Test
    void aPolicyFlagMustBeAJsonBoolean() {
        RestHarness.Reply policy = rest.get("admin", "policies/global");
        String own = policy.body().get("own").toString();
        String quoted = own.replace("\"confirmationRequired\":true", "\"confirmationRequired\":\"false\"");
        assertThat(quoted).isNotEqualTo(own);

        assertRefused(rest.put("admin", "policies/global", quoted), 400, "malformed_json",
                "ownership.confirmationRequired");
        assertThat(rest.get("admin", "policies/global").body().get("version")).isEqualTo(policy.body().get("version"));
    }

    @Test
    void aPolicyWindowMustBeAJsonWholeNumber() {
        RestHarness.Reply policy = rest.get("admin", "policies/global");
        String own = policy.body().get("own").toString();
        String listed = own.replaceFirst("\"confirmationWindow\":(\\d+)", "\"confirmationWindow\":[$1]");
        assertThat(listed).isNotEqualTo(own);

        RestHarness.Reply refused = rest.put("admin", "policies/global", listed);
        assertRefused(refused, 400, "invalid_number", "ownership.confirmationWindow");
        assertThat(refused.body().get("message").asText()).isEqualTo("Enter a whole number such as 20.");
        assertThat(rest.get("admin", "policies/global").body().get("version")).isEqualTo(policy.body().get("version"));
    }

    @Test
    void textOfOnlyAZeroWidthSpaceIsNotAQuestion() {
        int before = openRequests();

        assertRefused(ask("{\"recipient\":\"bob\",\"question\":\"\\u200B\"}"), 400, "required", "question");
        assertRefused(ask("{\"recipient\":\"bob\",\"question\":\"\\u3000\\uFEFF\"}"), 400, "required", "question");

        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void aQueryParameterThatIsNotANumberIs400NamingIt() {
        assertRefused(rest.get("alice", "insights/projects/DEMO?weeks=abc"), 400, "invalid_number", "weeks");
        assertRefused(rest.get("alice", "users?query=a&limit=abc"), 400, "invalid_number", "limit");
        assertRefused(rest.get("admin", "outbox?limit=1.5"), 400, "invalid_number", "limit");
        assertRefused(rest.get("alice", "calendar/preview?user=bob&workingMinutes=abc"), 400, "invalid_number",
                "workingMinutes");

        assertThat(rest.get("alice", "insights/projects/DEMO?weeks=4").status()).isEqualTo(200);
        assertThat(rest.get("alice", "users?query=b&limit=5").status()).isEqualTo(200);
        assertThat(rest.get("alice", "calendar/preview?user=bob&workingMinutes=60").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsAJsonError() {
        int before = openRequests();
        String body = json("{'recipient':'bob','question':'Q?'}");

        assertRefused(rest.call("carol", "POST", "issues/DEMO-1/reply-requests", body, "text/plain"), 415,
                "unsupported_media_type", null);
        RestHarness.Reply unparseable = rest.call("carol", "POST", "issues/DEMO-1/reply-requests", body, ";;;");
        assertRefused(unparseable, 400, "invalid", null);
        assertRefused(ask("{\"recipient\":\"bob\",\"question\":\"Q?\"} trailing"), 400, "malformed_json", null);

        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void aJsonFailureTheHostWrapsIsStillMalformedJsonAndNotA500() {
        Messages messages = rest.f.app.context().getBean(Messages.class);
        JsonParseException parse = new JsonParseException(null, "Unexpected character");

        Response response = new UnexpectedExceptionMapper(messages).toResponse(new ProcessingException("read", parse));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ErrorBody) response.getEntity()).error()).isEqualTo("malformed_json");
    }
}
