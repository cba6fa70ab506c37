package works.async.confluence.wired;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

import works.async.aohost.AoDatabase;
import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;
import works.async.plugin.ao.AoFixture;

/** On a database of its own on the machine's MariaDB, dropped after the class. */
@DisplayName("The Confluence plugin, wired, on MariaDB")
@ExtendWith(MariaDbExtension.class)
class MariaDbWiredConfluencePluginTest extends WiredConfluencePluginContract {

    private static AoFixture database;

    @BeforeAll
    static void migrate(MariaDbDatabase mariaDb) {
        database = new AoFixture(new AoDatabase(mariaDb.url(), mariaDb.user(), mariaDb.password()));
    }

    @Override
    AoFixture database() {
        return database;
    }
}
