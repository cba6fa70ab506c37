package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Version guard on HSQLDB")
class HsqldbVersionGuardTest extends VersionGuardContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database() {
        fixture = new AoFixture(AoFixture.hsqldb("VersionGuard-" + java.util.UUID.randomUUID()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
