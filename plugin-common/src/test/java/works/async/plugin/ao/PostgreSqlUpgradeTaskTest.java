package works.async.plugin.ao;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;
import works.async.aohost.testing.PostgresServer;

@DisplayName("Upgrade tasks on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlUpgradeTaskTest extends UpgradeTaskContract {

    private final List<PostgresDatabase> created = new ArrayList<>();

    /** A database of each test's own, so that every task starts from the model it upgrades (the extension skips without a server). */
    @Override
    AoDatabase freshDatabase() {
        PostgresDatabase postgres = PostgresServer.get().orElseThrow().createDatabase();
        created.add(postgres);
        return new AoDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    @AfterEach
    void drop() {
        created.forEach(PostgresDatabase::close);
    }
}
