package works.async.confluence.wired;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.PostgresDatabase;
import works.async.aohost.testing.PostgresExtension;
import works.async.plugin.ao.AoFixture;

/** On a database of its own on the machine's PostgreSQL (or a throwaway cluster), dropped after the class. */
@DisplayName("The Confluence plugin, wired, on PostgreSQL")
@ExtendWith(PostgresExtension.class)
class PostgreSqlWiredConfluencePluginTest extends WiredConfluencePluginContract {

    private static AoFixture database;

    @BeforeAll
    static void migrate(PostgresDatabase postgres) {
        database = new AoFixture(new AoDatabase(postgres.url(), postgres.user(), postgres.password()));
    }

    @Override
    AoFixture database() {
        return database;
    }
}
