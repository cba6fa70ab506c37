package works.async.sandbox.load;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;
import works.async.sandbox.RunningSandbox;

@DisplayName("Load on PostgreSQL (--db): 30 signed-in clients, no 5xx, every 201 readable")
@ExtendWith(PostgresExtension.class)
class PostgreSqlSandboxLoadTest {

    @Test
    void concurrentReadsAndCreateBurstsAllSucceed(PostgresDatabase postgres) throws InterruptedException {
        try (RunningSandbox sandbox = LoadAssertions.start("--port", "0", "--db", postgres.url(),
                "--db-user", postgres.user(), "--db-password", postgres.password())) {
            LoadAssertions.runAndCheck("PostgreSQL", sandbox);
        }
    }
}
