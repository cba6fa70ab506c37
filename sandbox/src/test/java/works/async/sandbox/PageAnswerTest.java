package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("A question on a sandbox page answered in place over HTTP: the answer is the recipient's page comment")
class PageAnswerTest {

    static FixedSandbox fixed;
    static SandboxClient client;
    static String page;
    static String pageId;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(SandboxInstants.EUROPE_MORNING);
        client = fixed.client();
        Matcher m = Pattern.compile("href=\"(/spaces/TEAM/pages/(\\d+))\">Launch plan")
                .matcher(client.get("alice", "/spaces/TEAM").body());
        assertThat(m.find()).isTrue();
        page = m.group(1);
        pageId = m.group(2);
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    private String ask(String asker, String recipient, String question) {
        Reply asked = client.postJson(asker, SandboxClient.REST + "/pages/" + pageId + "/reply-requests",
                "{\"recipient\":\"" + recipient + "\",\"question\":\"" + question + "\",\"workingMinutes\":480}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asText();
    }

    private Reply answer(String user, String id, String json) {
        return client.postJson(user, SandboxClient.REST + "/pages/" + pageId + "/reply-requests/" + id + "/answer", json);
    }

    @Test
    void theRecipientAnswersInPlaceTheAnswerShowsAsTheirPageCommentAndTheQuestionAsAnswered() {
        String id = ask("alice", "emma", "Is the sign-up copy final?");
        String other = ask("carol", "emma", "Who signs off the launch?");

        Reply refusedToCarol = answer("carol", id, "{\"text\":\"Not mine to say.\"}");
        Reply blank = answer("emma", id, "{\"text\":\" \"}");
        Reply anonymous = answer(null, id, "{\"text\":\"Yes.\"}");
        Reply answered = answer("emma", id, "{\"text\":\"Yes, <b>final</b> since Monday.\"}");
        Reply again = answer("emma", id, "{\"text\":\"Still final.\"}");

        assertThat(refusedToCarol.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asText()).isEqualTo("text");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asText()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("closedBy").asText()).isEqualTo("emma");
        assertThat(answered.json().get("answerCommentId").asText()).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
        String view = client.get("alice", page).body();
        // The page's comments show the answer once, escaped, by Emma; her other question stays open.
        assertThat(view.split("since Monday", -1)).hasSize(2);
        assertThat(view).contains("Yes, &lt;b&gt;final&lt;/b&gt; since Monday.");
        assertThat(client.get("emma", SandboxClient.REST + "/reply-requests/" + other).json().get("state").asText())
                .isEqualTo("OPEN");
        assertThat(answer("emma", id + "x", "{\"text\":\"Yes.\"}").status()).isEqualTo(404);
    }
}
