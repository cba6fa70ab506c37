package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
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
 * The sandbox started with {@code --fail-mail-to bob}: bob's notification fails and shows in the outbox with the
 * mail server's words, carol's is delivered in the same pass, and only an administrator retries bob's.
 */
@DisplayName("Sandbox with --fail-mail-to: one refused addressee over HTTP")
class FailingMailTest {

    static final String R = SandboxClient.REST;

    @TempDir
    static Path data;
    static RunningSandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxMain.start("--port", "0", "--data", data.toString(), "--fail-mail-to", "bob");
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Map<String, String> escalatedNow() {
        return FailingMail.escalatedNow(sandbox, "DEMO-1", List.of("bob", "carol"));
    }

    private static JsonNode outboxRow(String requestId) {
        Reply list = client.get("admin", R + "/outbox");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode row : list.json()) {
            if (row.get("requestId").asText().equals(requestId)) {
                return row;
            }
        }
        return null;
    }

    @Test
    void bobsRefusedNotificationShowsInTheOutboxWithItsErrorWhileCarolsIsDelivered() {
        Map<String, String> ids = escalatedNow();

        JsonNode bobs = outboxRow(ids.get("bob"));
        assertThat(bobs).as("bob's row is still in the outbox").isNotNull();
        assertThat(bobs.get("state").asText()).isEqualTo("FAILING");
        assertThat(bobs.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(bobs.get("lastError").asText()).startsWith("550 ").contains("bob").doesNotContain("Exception");
        assertThat(bobs.get("itemKey").asText()).isEqualTo("DEMO-1");
        assertThat(Instant.parse(bobs.get("deliverAt").asText())).isAfter(Instant.parse(bobs.get("lastAttemptAt").asText()));
        assertThat(outboxRow(ids.get("carol"))).as("carol's was delivered").isNull();
        assertThat(sandbox.services().mailer.countFor("carol")).isGreaterThanOrEqualTo(1);

        String screen = client.get("admin", "/secure/async-work/outbox").body();
        assertThat(screen).contains("550 Mailbox unavailable", "DEMO-1", "data-action=\"retry\"", "outbox.js");
    }

    @Test
    void onlyAnAdministratorRetriesAndAnUnknownRowIs404() {
        Map<String, String> ids = escalatedNow();
        int id = outboxRow(ids.get("bob")).get("id").asInt();

        Reply byBob = client.postJson("bob", R + "/outbox/" + id + "/retry", "{}");
        Reply unknown = client.postJson("admin", R + "/outbox/999999/retry", "{}");
        Reply notANumber = client.postJson("admin", R + "/outbox/abc/retry", "{}");
        Reply byAdmin = client.postJson("admin", R + "/outbox/" + id + "/retry", "{}");

        assertThat(byBob.status()).as(byBob.body()).isEqualTo(403);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.json().get("state").asText()).isEqualTo("WAITING");
        assertThat(byAdmin.json().get("attempts").asInt()).isZero();
        // The mail server still refuses bob: the next pass records the failure again.
        sandbox.services().escalation.runOnce();
        assertThat(outboxRow(ids.get("bob")).get("state").asText()).isEqualTo("FAILING");
    }
}
