package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Agreement acknowledgements on HSQLDB")
class HsqldbAgreementAckStoreTest extends AgreementAckStoreContract {

    private static AoFixture fixture;

    @BeforeAll
    static void database() {
        fixture = new AoFixture(AoFixture.hsqldb("AgreementAcks-" + java.util.UUID.randomUUID()));
    }

    @Override
    AoFixture fixture() {
        return fixture;
    }
}
