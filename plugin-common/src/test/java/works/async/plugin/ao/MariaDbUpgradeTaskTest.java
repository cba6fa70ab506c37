package works.async.plugin.ao;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;
import works.async.aohost.testing.MariaDbServer;

@DisplayName("Upgrade tasks on MariaDB")
@ExtendWith(MariaDbExtension.class)
class MariaDbUpgradeTaskTest extends UpgradeTaskContract {

    private final List<MariaDbDatabase> created = new ArrayList<>();

    /** A database of each test's own, so that every task starts from the model it upgrades (the extension skips without a server). */
    @Override
    AoDatabase freshDatabase() {
        MariaDbDatabase mariaDb = MariaDbServer.get().orElseThrow().createDatabase();
        created.add(mariaDb);
        return new AoDatabase(mariaDb.url(), mariaDb.user(), mariaDb.password());
    }

    @AfterEach
    void drop() {
        created.forEach(MariaDbDatabase::close);
    }
}
