package works.async.plugin.insight;

import org.junit.jupiter.api.DisplayName;

import works.async.aohost.AoDatabase;

@DisplayName("Team insights on HSQLDB")
class HsqldbInsightsTest extends InsightsContract {

    @Override
    AoDatabase database() {
        return new AoDatabase("jdbc:hsqldb:mem:insights-" + java.util.UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
    }
}
