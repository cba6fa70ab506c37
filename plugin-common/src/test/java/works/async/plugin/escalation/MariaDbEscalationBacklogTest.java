package works.async.plugin.escalation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;

@DisplayName("Escalation backlog on MariaDB")
@ExtendWith(MariaDbExtension.class)
class MariaDbEscalationBacklogTest extends EscalationBacklogContract {

    private static AoDatabase database;

    @BeforeAll
    static void database(MariaDbDatabase mariaDb) {
        database = new AoDatabase(mariaDb.url(), mariaDb.user(), mariaDb.password());
    }

    /** The class's database; the fixture empties it before each test. */
    @Override
    AoDatabase database() {
        return database;
    }
}
