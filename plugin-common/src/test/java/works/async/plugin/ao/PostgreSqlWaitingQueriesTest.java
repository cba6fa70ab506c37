package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

@DisplayName("Waiting-for-me queries on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlWaitingQueriesTest extends WaitingQueriesContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database(PostgresDatabase postgres) {
        fixture = new AoFixture(new AoDatabase(postgres.url(), postgres.user(), postgres.password()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
