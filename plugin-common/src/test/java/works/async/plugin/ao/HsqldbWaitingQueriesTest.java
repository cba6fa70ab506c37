package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Waiting-for-me queries on HSQLDB")
class HsqldbWaitingQueriesTest extends WaitingQueriesContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database() {
        fixture = new AoFixture(AoFixture.hsqldb("WaitingQueries-" + java.util.UUID.randomUUID()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
