package works.async.plugin.escalation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

@DisplayName("Escalation pass wakes on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlWakeTest extends WakeContract {

    private static AoDatabase database;

    @BeforeAll
    static void database(PostgresDatabase postgres) {
        database = new AoDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    /** The class's database; the fixture empties it before each test. */
    @Override
    AoDatabase database() {
        return database;
    }
}
