package works.async.plugin.escalation;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;

import works.async.aohost.AoDatabase;

@DisplayName("Escalation backlog on HSQLDB")
class HsqldbEscalationBacklogTest extends EscalationBacklogContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    AoDatabase database() {
        return new AoDatabase("jdbc:hsqldb:mem:backlog" + DATABASES.incrementAndGet() + ";hsqldb.tx=mvcc", "SA", "");
    }
}
