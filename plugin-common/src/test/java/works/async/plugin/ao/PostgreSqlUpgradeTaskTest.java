package works.async.plugin.ao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;

@DisplayName("Upgrade tasks on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlUpgradeTaskTest extends UpgradeTaskContract {

    private static AoDatabase database;

    @BeforeAll
    static void database(PostgresDatabase postgres) {
        database = new AoDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    @Override
    AoDatabase freshDatabase() {
        return database;
    }
}
