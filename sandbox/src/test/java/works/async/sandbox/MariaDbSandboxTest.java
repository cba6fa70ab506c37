package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;
import works.async.aohost.testing.MariaDbServer;
import works.async.sandbox.cli.UsageException;

@DisplayName("The sandbox on MariaDB (--db jdbc:mariadb:// or jdbc:mysql://): a reply request kept across a restart")
@ExtendWith(MariaDbExtension.class)
class MariaDbSandboxTest {

    /**
     * Started with a {@code jdbc:mysql://} URL, the sandbox seeds its demo data and takes a reply request over REST with
     * hostile text; restarted on the same database as {@code jdbc:mariadb://}, the request reads back unchanged, by id
     * and on its issue, and the demo data is not seeded twice.
     */
    @Test
    void aReplyRequestCreatedOverRestReadsBackAfterARestart(MariaDbDatabase mariaDb) {
        String mysqlUrl = mariaDb.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        String id;
        int demoRequests;
        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--db", mysqlUrl,
                "--db-user", mariaDb.user(), "--db-password", mariaDb.password())) {
            SandboxClient client = new SandboxClient(sandbox);
            demoRequests = client.get("alice", SandboxClient.REST + "/issues/DEMO-1/async").json().get("replyRequests").size();
            var created = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-5/reply-requests",
                    SandboxClient.json(Map.of("recipient", "carol", "question", RestApiTest.HOSTILE)));
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").asText();
        }

        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--db", mariaDb.url(),
                "--db-user", mariaDb.user(), "--db-password", mariaDb.password())) {
            SandboxClient client = new SandboxClient(sandbox);
            var read = client.get("carol", SandboxClient.REST + "/reply-requests/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("question").asText()).isEqualTo(RestApiTest.HOSTILE);
            assertThat(read.json().get("recipient").asText()).isEqualTo("carol");
            var issue = client.get("bob", SandboxClient.REST + "/issues/DEMO-5/async").json();
            assertThat(issue.get("replyRequests").findValuesAsText("id")).containsOnlyOnce(id);
            var demo = client.get("alice", SandboxClient.REST + "/issues/DEMO-1/async").json();
            assertThat(demo.get("ownership").get("state").asText()).isEqualTo("REQUESTED");
            assertThat(demo.get("replyRequests").size()).isEqualTo(demoRequests);
        }
    }

    /** A database that compares text ignoring case (the servers' default) is refused with one line naming the fix. */
    @Test
    void aCaseInsensitiveDatabaseIsRefusedWithTheCollationToUse() {
        try (MariaDbDatabase ignoringCase = MariaDbServer.get().orElseThrow().createDatabase("utf8mb4_general_ci")) {
            assertThatThrownBy(() -> SandboxMain.start("--port", "0", "--db", ignoringCase.url(),
                    "--db-user", ignoringCase.user(), "--db-password", ignoringCase.password()))
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("utf8mb4_general_ci")
                    .hasMessageContaining("COLLATE utf8mb4_bin")
                    .hasMessageNotContaining("\n");
        }
    }
}
