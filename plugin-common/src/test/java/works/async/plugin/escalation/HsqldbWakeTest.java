package works.async.plugin.escalation;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;

import works.async.aohost.AoDatabase;

@DisplayName("Escalation pass wakes on HSQLDB")
class HsqldbWakeTest extends WakeContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** One named in-memory database per test; a second facade on the same URL is another node on it. */
    @Override
    AoDatabase database() {
        return new AoDatabase("jdbc:hsqldb:mem:wake" + DATABASES.incrementAndGet() + ";hsqldb.tx=mvcc", "SA", "");
    }
}
