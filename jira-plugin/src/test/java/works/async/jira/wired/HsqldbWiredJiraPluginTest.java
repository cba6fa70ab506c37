package works.async.jira.wired;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

import works.async.plugin.ao.AoFixture;

@DisplayName("The Jira plugin, wired, on HSQLDB")
class HsqldbWiredJiraPluginTest extends WiredJiraPluginContract {

    private static AoFixture database;

    @BeforeAll
    static void migrate() {
        database = new AoFixture(AoFixture.hsqldb("WiredJiraPlugin-" + UUID.randomUUID()));
    }

    @Override
    AoFixture database() {
        return database;
    }
}
