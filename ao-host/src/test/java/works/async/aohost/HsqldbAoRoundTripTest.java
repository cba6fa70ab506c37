package works.async.aohost;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Active Objects round trip on HSQLDB")
class HsqldbAoRoundTripTest extends AoRoundTripContract {

    private final AoDatabase database = AoDatabase.hsqldbInMemory("roundtrip-" + UUID.randomUUID());

    @Override
    AoDatabase database() {
        return database;
    }
}
