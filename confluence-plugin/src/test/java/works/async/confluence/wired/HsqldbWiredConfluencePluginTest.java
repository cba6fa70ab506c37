package works.async.confluence.wired;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

import works.async.plugin.ao.AoFixture;

@DisplayName("The Confluence plugin, wired, on HSQLDB")
class HsqldbWiredConfluencePluginTest extends WiredConfluencePluginContract {

    private static AoFixture database;

    @BeforeAll
    static void migrate() {
        database = new AoFixture(AoFixture.hsqldb("WiredConfluencePlugin-" + UUID.randomUUID()));
    }

    @Override
    AoFixture database() {
        return database;
    }
}
