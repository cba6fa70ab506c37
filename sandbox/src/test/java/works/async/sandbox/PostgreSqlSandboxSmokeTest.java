package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

@DisplayName("The sandbox on PostgreSQL (--db): demo data, REST round trip, hostile text intact")
@ExtendWith(PostgresExtension.class)
class PostgreSqlSandboxSmokeTest {

    @Test
    void runsOnPostgreSql(PostgresDatabase postgres) {
        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--db", postgres.url(),
                "--db-user", postgres.user(), "--db-password", postgres.password())) {
            SandboxClient client = new SandboxClient(sandbox);
            assertThat(client.get("alice", SandboxClient.REST + "/issues/DEMO-1/async").json().get("ownership")
                    .get("state").asText()).isEqualTo("REQUESTED");
            var created = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-5/reply-requests",
                    SandboxClient.json(Map.of("recipient", "carol", "question", RestApiTest.HOSTILE)));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("question").asText()).isEqualTo(RestApiTest.HOSTILE);
        }
    }
}
