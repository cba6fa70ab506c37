package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;
import works.async.sandbox.SandboxClient.Reply;

/**
 * PostgreSQL cannot store U+0000 in text at all (HSQLDB can), and stores half a surrogate pair as '?': every text
 * field refuses both with a 400 naming the field before anything reaches the database, so the answer is the same
 * on every database and nothing half-written remains.
 */
@DisplayName("NUL and broken characters in text on PostgreSQL: 400 naming the field, nothing stored")
@ExtendWith(PostgresExtension.class)
class NulTextOnPostgreSqlTest {

    static final String R = SandboxClient.REST;

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).as(reply.body()).isIn("control_character", "unknown_user");
        assertThat(body.get("field").asText()).isEqualTo(field);
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInEveryTextField(PostgresDatabase postgres) {
        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--db", postgres.url(),
                "--db-user", postgres.user(), "--db-password", postgres.password())) {
            SandboxClient client = new SandboxClient(sandbox);
            String report = "{\"issue\":\"DEMO-1\",\"title\":%s,\"body\":%s,\"meeting\":{\"name\":%s,"
                    + "\"usualMinutes\":30,\"attendees\":4},\"requiredReviewers\":[\"bob\"]}";
            int requestsBefore = client.get("alice", R + "/issues/DEMO-1/async").json().get("replyRequests").size();
            int reportsBefore = client.get("alice", R + "/issues/DEMO-1/async").json().get("reports").size();

            assertRefused(client.postJson("carol", R + "/issues/DEMO-1/reply-requests",
                    "{\"recipient\":\"bob\",\"question\":\"a\\u0000b\"}"), "question");
            assertRefused(client.postJson("carol", R + "/issues/DEMO-1/reply-requests",
                    "{\"recipient\":\"bob\",\"question\":\"a\\ud800b\"}"), "question");
            assertRefused(client.postJson("alice", R + "/reports",
                    report.formatted("\"T\\u0000\"", "\"B\"", "\"Sync\"")), "title");
            assertRefused(client.postJson("alice", R + "/reports",
                    report.formatted("\"T\"", "\"B\\u0000\"", "\"Sync\"")), "body");
            assertRefused(client.postJson("alice", R + "/reports",
                    report.formatted("\"T\"", "\"B\"", "\"Sync\\u0000\"")), "meeting.name");
            assertRefused(client.postJson("alice", R + "/issues/DEMO-1/ownership/decline",
                    "{\"reason\":\"busy\\u0000\"}"), "reason");
            assertRefused(client.get("alice", R + "/calendar/preview?user=bob%00&workingMinutes=60"), "user");
            Reply search = client.get("alice", R + "/users?query=b%00");
            assertThat(search.status()).as(search.body()).isIn(200, 400);

            JsonNode item = client.get("alice", R + "/issues/DEMO-1/async").json();
            assertThat(item.get("replyRequests")).hasSize(requestsBefore);
            assertThat(item.get("reports")).hasSize(reportsBefore);
            assertThat(item.get("ownership").get("state").asText()).isEqualTo("REQUESTED");
        }
    }
}
