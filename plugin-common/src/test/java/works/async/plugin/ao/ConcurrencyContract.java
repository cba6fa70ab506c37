package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.NotificationKey;
import works.async.core.ownership.OwnershipService;
import works.async.core.ownership.OwnershipState;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.followup.GuardedWrite;

/** Several people (or job runs) acting on the same request at the same moment: one wins, nothing is lost or doubled. */
abstract class ConcurrencyContract {

    private static final int THREADS = 6;

    abstract AoFixture fixture();

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        fixture().clear();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void twoAnswersToTheSameRequestFromTheSameVersionKeepExactlyOne() throws Exception {
        AoReplyStore store = new AoReplyStore(fixture().ao());
        ReplyRequest open = Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(open, 0);
        CyclicBarrier together = new CyclicBarrier(THREADS);

        List<String> outcomes = runAll(i -> () -> {
            together.await();
            store.save(Requests.answered(open, "user" + i), 1);
            return "user" + i;
        });

        assertThat(outcomes.stream().filter(o -> o.equals("conflict")).count()).isEqualTo(THREADS - 1);
        ReplyRequest stored = store.findById("r1").orElseThrow();
        assertThat(stored.state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(outcomes).contains(stored.closedBy());
    }

    @Test
    void confirmingTheSameOwnershipAtOnceThroughTheServiceEndsConfirmedOnce() throws Exception {
        AoOwnershipStore store = new AoOwnershipStore(fixture().ao());
        store.save(Requests.ownership("o1", Requests.DEMO_1, "bob", Requests.T0), 0);
        OwnershipService service = new OwnershipService(store, user -> {
            throw new AssertionError("no calendar needed without a committed date");
        }, Clock.fixed(Requests.T0.plusSeconds(60), ZoneOffset.UTC));
        CyclicBarrier together = new CyclicBarrier(THREADS);

        List<String> outcomes = runAll(i -> () -> {
            together.await();
            return service.confirm("o1", "bob", Set.of(), null).events().isEmpty() ? "unchanged" : "confirmed";
        });

        // Each loser either saw the winner's commit (harmless repeat) or lost the race (conflict): never a second write.
        assertThat(outcomes).contains("confirmed").allMatch(o -> Set.of("confirmed", "unchanged", "conflict").contains(o));
        assertThat(outcomes.stream().filter(o -> o.equals("confirmed")).count()).isEqualTo(1);
        assertThat(store.findById("o1").orElseThrow()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(OwnershipState.CONFIRMED);
            assertThat(r.version()).isEqualTo(2);
        });
    }

    @Test
    void concurrentEscalationRunsThatRetryOnConflictStoreEachNotificationOnce() throws Exception {
        AoReplyStore store = new AoReplyStore(fixture().ao());
        store.save(Requests.openReply("r1", Requests.DEMO_1, "bob", Requests.T0), 0);
        CyclicBarrier together = new CyclicBarrier(THREADS);

        runAll(i -> () -> {
            together.await();
            for (int level = 1; level <= 3; level++) {
                while (true) {
                    ReplyRequest current = store.findById("r1").orElseThrow();
                    if (current.escalationLevel() >= level) {
                        break;
                    }
                    try {
                        store.saveWithNotifications(Requests.escalated(current, level), current.version(),
                                List.of(OutboxContract.escalation("r1", level, Requests.T0)));
                        break;
                    } catch (DomainException e) {
                        // Another run escalated first: reload and see whether anything is left to do.
                    }
                }
            }
            return "done";
        });

        Outbox outbox = new Outbox(fixture().ao());
        for (int level = 1; level <= 3; level++) {
            assertThat(outbox.count(new NotificationKey("r1", DeadlineKind.REPLY, level))).isEqualTo(1);
        }
        assertThat(outbox.pending(100)).hasSize(3);
        assertThat(store.findById("r1").orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void anAnswerWhileAPageIsBeingEscalatedSkipsOnlyThatRow() throws Exception {
        AoReplyStore store = new AoReplyStore(fixture().ao());
        List<GuardedWrite<ReplyRequest>> writes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ReplyRequest r = Requests.openReply("r" + i, Requests.DEMO_1, "bob", Requests.T0);
            store.save(r, 0);
            writes.add(new GuardedWrite<>(Requests.escalated(r, 1), 1, List.of(OutboxContract.escalation(r.id(), 1, Requests.T0))));
        }
        ReplyRequest r3 = store.findById("r3").orElseThrow();
        java.util.concurrent.CountDownLatch answerClaimed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        // Bob answers r3 and his transaction is still open (claim taken, row written) when the page is written.
        Future<?> answer = pool.submit(() -> fixture().ao().executeInTransaction(() -> {
            store.save(Requests.answered(r3, "bob"), 1);
            answerClaimed.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(answerClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        Future<java.util.Set<String>> page = pool.submit(() -> store.saveAllWithNotifications(writes));
        Thread.sleep(300);
        release.countDown();
        answer.get(10, TimeUnit.SECONDS);

        assertThat(page.get(20, TimeUnit.SECONDS)).containsExactly("r3");
        assertThat(store.findById("r3").orElseThrow()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReplyState.ANSWERED);
            assertThat(r.escalationLevel()).isZero();
            assertThat(r.version()).isEqualTo(2);
        });
        for (String id : List.of("r0", "r1", "r2", "r4")) {
            assertThat(store.findById(id).orElseThrow().escalationLevel()).isEqualTo(1);
        }
        assertThat(new Outbox(fixture().ao()).pending(10)).extracting(n -> n.key().requestId())
                .containsExactlyInAnyOrder("r0", "r1", "r2", "r4");
    }

    @Test
    void theAuthorMarkingTheSameReportDateDoneFromManyTabsAtOnceMovesTheSeriesOneDate() throws Exception {
        AoReportStore store = new AoReportStore(fixture().ao());
        java.time.LocalDate first = java.time.LocalDate.of(2026, 12, 7);
        store.saveSeries(new works.async.core.report.ReportSeries("s1", Requests.DEMO_1,
                works.async.core.report.ReplacedMeeting.of("Standup", 15, 6), "alice",
                works.async.core.report.Cadence.WEEKLY, first, 0, 1), 0);
        works.async.core.report.ReportSeriesService service = new works.async.core.report.ReportSeriesService(store,
                user -> works.async.core.time.WorkingCalendar.of(works.async.core.time.WeeklyPattern.mondayToFriday("09:00", "17:00"),
                        ZoneOffset.UTC, Set.of(), List.of()),
                Clock.fixed(Requests.T0, ZoneOffset.UTC), () -> "unused");
        CyclicBarrier together = new CyclicBarrier(THREADS);

        // Each call in its own transaction, as each REST call is; all of them saw the 7 December report.
        List<String> outcomes = runAll(i -> () -> {
            together.await();
            return fixture().ao().executeInTransaction(() -> service.advance("s1", first)).occurrence().toString();
        });

        // One moves it; every other either saw that commit (series_moved_on) or lost the race on the version (conflict).
        assertThat(outcomes.stream().filter(o -> o.equals("2026-12-14")).count()).isEqualTo(1);
        assertThat(outcomes).allMatch(o -> Set.of("2026-12-14", "series_moved_on", "conflict").contains(o));
        assertThat(store.findSeries("s1").orElseThrow()).satisfies(s -> {
            assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 12, 14));
            assertThat(s.version()).isEqualTo(2);
        });
    }

    interface Task {
        Callable<String> make(int index);
    }

    private List<String> runAll(Task task) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<String> call = task.make(i);
            futures.add(pool.submit(() -> {
                try {
                    return call.call();
                } catch (DomainException e) {
                    return e.code().id();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
