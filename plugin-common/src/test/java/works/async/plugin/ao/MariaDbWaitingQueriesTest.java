package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;

@DisplayName("Waiting-for-me queries on MariaDB")
@ExtendWith(MariaDbExtension.class)
class MariaDbWaitingQueriesTest extends WaitingQueriesContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database(MariaDbDatabase mariaDb) {
        fixture = new AoFixture(new AoDatabase(mariaDb.url(), mariaDb.user(), mariaDb.password()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
