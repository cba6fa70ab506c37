package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Policy store on HSQLDB")
class HsqldbPolicyStoreTest extends PolicyStoreContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database() {
        fixture = new AoFixture(AoFixture.hsqldb("PolicyStore-" + java.util.UUID.randomUUID()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
