package works.async.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's default database as the sandbox runs it: one HSQLDB file database, two namespaces, each with its own
 * pool, used by many threads at once. Each thread commits rows through one pool and reads through the other, so
 * pooled connections keep moving between threads.
 */
@DisplayName("HSQLDB file database under concurrent use through two pools: no statement fails, no commit is lost")
class HsqldbFilePoolTest {

    private static final int THREADS = 12;
    private static final int ROWS_PER_THREAD = 25;

    @TempDir
    Path directory;

    private final List<EntityManager> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(em -> em.getProvider().dispose());
    }

    @Test
    void everyStatementSucceedsAndEveryCommittedRowIsThere() throws InterruptedException {
        AoDatabase database = AoDatabase.hsqldbFile(directory);
        ActiveObjects writes = open(database, "works.async.test");
        ActiveObjects reads = open(database, "works.async.other");
        writes.migrate(NoteEntity.class);
        reads.migrate(NoteEntity.class);
        reads.create(NoteEntity.class, new DBParam("ITEM_KEY", "READ-ME"));

        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Queue<Integer> committed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            String key = "THREAD-" + t;
            threads.submit(() -> {
                try {
                    start.await();
                    for (int i = 0; i < ROWS_PER_THREAD; i++) {
                        long due = i;
                        committed.add(writes.executeInTransaction(() -> {
                            NoteEntity note = writes.create(NoteEntity.class, new DBParam("ITEM_KEY", key),
                                    new DBParam("DUE_AT", due));
                            writes.count(NoteEntity.class, "ITEM_KEY = ?", key);
                            return note.getID();
                        }));
                        assertThat(reads.find(NoteEntity.class, "ITEM_KEY = ?", "READ-ME")).hasSize(1);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("threads finished").isTrue();

        assertThat(failures).as("failed statements").isEmpty();
        assertThat(committed).hasSize(THREADS * ROWS_PER_THREAD);
        // Read back by query (AO's get() makes a proxy without reading the row).
        assertThat(writes.find(NoteEntity.class)).extracting(NoteEntity::getID)
                .as("rows in the database").containsExactlyInAnyOrderElementsOf(committed);
    }

    private ActiveObjects open(AoDatabase database, String namespace) {
        EntityManager em = database.entityManager(namespace);
        opened.add(em);
        return new EntityManagerActiveObjects(em);
    }
}
