package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Schedule store on HSQLDB")
class HsqldbScheduleStoreTest extends ScheduleStoreContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database() {
        fixture = new AoFixture(AoFixture.hsqldb("ScheduleStore-" + java.util.UUID.randomUUID()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
