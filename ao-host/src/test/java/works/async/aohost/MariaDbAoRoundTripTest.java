package works.async.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.async.aohost.testing.MariaDbDatabase;
import works.async.aohost.testing.MariaDbExtension;

@DisplayName("Active Objects round trip on MariaDB")
@ExtendWith(MariaDbExtension.class)
class MariaDbAoRoundTripTest extends AoRoundTripContract {

    private static AoDatabase database;

    @BeforeAll
    static void database(MariaDbDatabase mariaDb) {
        database = new AoDatabase(mariaDb.url(), mariaDb.user(), mariaDb.password());
    }

    @Override
    AoDatabase database() {
        return database;
    }

    /**
     * Two transactions that each read what the other then writes, on different rows, both commit, as they do in Jira
     * and Confluence at READ COMMITTED. At AO's default SERIALIZABLE, InnoDB turns each read into a shared next-key
     * lock, and the two inserts would then deadlock (one failing with SQL state 40001).
     */
    @Test
    void transactionsReadingWhatTheOtherWritesBothCommit() throws Exception {
        ActiveObjects ao = new EntityManagerActiveObjects(database().entityManager(NAMESPACE));
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CyclicBarrier bothWrote = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (String[] keys : new String[][] {{"SKEW-A", "SKEW-B"}, {"SKEW-B", "SKEW-A"}}) {
                outcomes.add(pool.submit(() -> ao.executeInTransaction(() -> {
                    int seen = ao.count(NoteEntity.class, "ITEM_KEY = ?", keys[0]);
                    await(bothRead);
                    ao.create(NoteEntity.class, new DBParam("ITEM_KEY", keys[1]));
                    await(bothWrote);
                    return seen;
                })));
            }
            for (Future<Integer> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ao.count(NoteEntity.class, "ITEM_KEY IN (?, ?)", "SKEW-A", "SKEW-B")).isEqualTo(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
