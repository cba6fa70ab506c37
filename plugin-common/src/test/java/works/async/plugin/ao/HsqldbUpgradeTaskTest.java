package works.async.plugin.ao;

import org.junit.jupiter.api.DisplayName;

import works.async.aohost.AoDatabase;

@DisplayName("Upgrade tasks on HSQLDB")
class HsqldbUpgradeTaskTest extends UpgradeTaskContract {

    @Override
    AoDatabase freshDatabase() {
        return AoDatabase.hsqldbInMemory("upgrade-" + java.util.UUID.randomUUID());
    }
}
