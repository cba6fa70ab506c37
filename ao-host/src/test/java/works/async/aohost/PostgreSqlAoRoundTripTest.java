package works.async.aohost;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

@DisplayName("Active Objects round trip on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlAoRoundTripTest extends AoRoundTripContract {

    private static AoDatabase database;

    @BeforeAll
    static void database(PostgresDatabase postgres) {
        database = new AoDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    @Override
    AoDatabase database() {
        return database;
    }
}
