package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A question on a page answered in place over REST: the answer becomes the recipient's page comment, which answers
 * that one request once, although the host's comment event fires for it too; every refusal writes no comment.
 */
class PageAnswerRestTest {

    private final RestHarness rest = new RestHarness();

    PageAnswerRestTest() {
        rest.f.host.page("TEAM", "101", "Team home");
        rest.f.host.page("TEAM", "102", "Other page");
    }

    private String ask(String asker, String recipient, String question) {
        RestHarness.Reply asked = rest.post(asker, "pages/101/reply-requests",
                json("{'recipient':'" + recipient + "','question':'" + question + "'}"));
        assertThat(asked.status()).isEqualTo(201);
        return asked.body().get("id").asText();
    }

    private RestHarness.Reply answer(String user, String page, String id, String body) {
        return rest.post(user, "pages/" + page + "/reply-requests/" + id + "/answer", body);
    }

    @Test
    void theRecipientsAnswerIsTheirPageCommentAndAnswersOnlyThatQuestion() {
        String first = ask("alice", "bob", "Can you ship on Friday?");
        String second = ask("carol", "bob", "Who reviews the design?");
        rest.f.clock.advance(java.time.Duration.ofMinutes(5));

        RestHarness.Reply answered = answer("bob", "101", first, json("{'text':'Yes, <b>Friday</b> works.'}"));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().get("state").asText()).isEqualTo("ANSWERED");
        assertThat(answered.body().get("closedBy").asText()).isEqualTo("bob");
        assertThat(answered.body().get("answerCommentId").asText()).isEqualTo("comment-1");
        assertThat(rest.f.host.pageComments).containsExactly("101|bob|Yes, <b>Friday</b> works.|comment-1");
        // The comment event fired while the comment was written, and answered neither question a second time nor
        // bob's other question, which he has not answered.
        JsonNode page = rest.get("alice", "pages/101/async").body();
        assertThat(stateOf(page, first)).isEqualTo("ANSWERED");
        assertThat(stateOf(page, second)).isEqualTo("OPEN");
        assertThat(rest.get("bob", "reply-requests/" + first).body().get("answerCommentId").asText())
                .isEqualTo("comment-1");
    }

    @Test
    void aSecondAnswerIsRefusedAndWritesNoSecondComment() {
        String id = ask("alice", "bob", "Can you ship on Friday?");
        answer("bob", "101", id, json("{'text':'Yes.'}"));

        RestHarness.Reply again = answer("bob", "101", id, json("{'text':'Yes, really.'}"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("error").asText()).isEqualTo("illegal_transition");
        assertThat(rest.f.host.pageComments).hasSize(1);
    }

    @Test
    void aWithdrawnQuestionCannotBeAnswered() {
        String id = ask("alice", "bob", "Can you ship on Friday?");
        rest.post("alice", "reply-requests/" + id + "/withdraw", "{}");

        assertThat(answer("bob", "101", id, json("{'text':'Yes.'}")).status()).isEqualTo(409);
        assertThat(rest.f.host.pageComments).isEmpty();
    }

    @Test
    void onlyTheRecipientAnswers() {
        String id = ask("alice", "bob", "Can you ship on Friday?");

        RestHarness.Reply byAsker = answer("alice", "101", id, json("{'text':'I will answer myself.'}"));
        RestHarness.Reply byOther = answer("carol", "101", id, json("{'text':'Me neither.'}"));

        assertThat(byAsker.status()).isEqualTo(403);
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(rest.f.host.pageComments).isEmpty();
        assertThat(rest.get("bob", "reply-requests/" + id).body().get("state").asText()).isEqualTo("OPEN");
    }

    @Test
    void unknownOrHiddenPagesAndRequestsAnswer404AndAnonymousCallers401() {
        String id = ask("alice", "bob", "Can you ship on Friday?");

        RestHarness.Reply unknownRequest = answer("bob", "101", "no-such-request", json("{'text':'Yes.'}"));
        RestHarness.Reply unknownPage = answer("bob", "999", id, json("{'text':'Yes.'}"));
        RestHarness.Reply otherPage = answer("bob", "102", id, json("{'text':'Yes.'}"));
        RestHarness.Reply anonymous = answer(null, "101", id, json("{'text':'Yes.'}"));
        rest.f.host.restricted.put("101", Set.of("alice"));
        RestHarness.Reply hidden = answer("bob", "101", id, json("{'text':'Yes.'}"));

        assertThat(unknownRequest.status()).isEqualTo(404);
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(otherPage.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(rest.f.host.pageComments).isEmpty();
    }

    @Test
    void aBlankMissingOrTooLongAnswerIsRefusedNamingText() {
        String id = ask("alice", "bob", "Can you ship on Friday?");

        RestHarness.Reply blank = answer("bob", "101", id, json("{'text':'  '}"));
        RestHarness.Reply missing = answer("bob", "101", id, "{}");
        RestHarness.Reply tooLong = answer("bob", "101", id, json("{'text':'" + "x".repeat(10_001) + "'}"));
        RestHarness.Reply control = answer("bob", "101", id, "{\"text\":\"a\\u0007b\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("field").asText()).isEqualTo("text");
        assertThat(blank.body().get("error").asText()).isEqualTo("required");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("field").asText()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("error").asText()).isEqualTo("too_long");
        assertThat(tooLong.body().get("field").asText()).isEqualTo("text");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().get("field").asText()).isEqualTo("text");
        assertThat(rest.f.host.pageComments).isEmpty();
        assertThat(answer("bob", "101", id, json("{'text':'" + "x".repeat(10_000) + "'}")).status()).isEqualTo(200);
    }

    @Test
    void aCommentTheHostCannotStoreLeavesTheQuestionOpen() {
        String id = ask("alice", "bob", "Can you ship on Friday?");
        rest.f.host.commentFailure = new IllegalStateException("database down");

        RestHarness.Reply failed = answer("bob", "101", id, json("{'text':'Yes.'}"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(rest.get("bob", "reply-requests/" + id).body().get("state").asText()).isEqualTo("OPEN");
    }

    @Test
    void anOrdinaryCommentStillAnswersAllTheAuthorsOpenQuestions() {
        String first = ask("alice", "bob", "Can you ship on Friday?");
        String second = ask("carol", "bob", "Who reviews the design?");
        rest.f.clock.advance(java.time.Duration.ofMinutes(5));

        rest.f.app.events().commentAdded(rest.f.host.items.get("101"), "bob", "comment-host-1", "Both done.");

        JsonNode page = rest.get("alice", "pages/101/async").body();
        assertThat(stateOf(page, first)).isEqualTo("ANSWERED");
        assertThat(stateOf(page, second)).isEqualTo("ANSWERED");
    }

    private static String stateOf(JsonNode itemAsync, String id) {
        for (JsonNode r : itemAsync.get("replyRequests")) {
            if (r.get("id").asText().equals(id)) {
                return r.get("state").asText();
            }
        }
        throw new AssertionError("no request " + id + " in " + itemAsync);
    }
}
