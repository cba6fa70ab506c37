package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** How an escalation pass hands its pages to writers: all written before it goes on, never too many held at once. */
class PageWritersTest {

    @Test
    void awaitReturnsOnlyOnceEveryPageIsWrittenAndSumsTheirCounts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PageWriters writers = new PageWriters(2)) {
            writers.submit(() -> 3);
            writers.submit(() -> {
                awaitQuietly(release);
                return 4;
            });
            CompletableFuture<Integer> awaited = CompletableFuture.supplyAsync(writers::await);

            assertThat(awaited).withFailMessage("await returned while a page was still being written")
                    .isNotCompleted();
            Thread.sleep(200);
            assertThat(awaited).isNotCompleted();
            release.countDown();
            assertThat(awaited.get(10, TimeUnit.SECONDS)).isEqualTo(7);
            // Counted once: the next await sums only what was handed over since.
            writers.submit(() -> 5);
            assertThat(writers.await()).isEqualTo(5);
        }
    }

    @Test
    void handingOverWaitsWhileEveryWriterIsBusySoAtMostThatManyPagesAreHeld() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (PageWriters writers = new PageWriters(2)) {
            for (int i = 0; i < 2; i++) {
                writers.submit(() -> {
                    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    awaitQuietly(release);
                    inFlight.decrementAndGet();
                    return 1;
                });
            }
            CompletableFuture<Void> third = CompletableFuture.runAsync(() -> writers.submit(() -> {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                inFlight.decrementAndGet();
                return 1;
            }));

            Thread.sleep(200);
            assertThat(third).withFailMessage("a third page was taken while both writers were busy").isNotCompleted();
            release.countDown();
            third.get(10, TimeUnit.SECONDS);
            assertThat(writers.await()).isEqualTo(3);
            assertThat(mostAtOnce.get()).isEqualTo(2);
        }
    }

    @Test
    void aFailedPageFailsThePassAndStopsItHandingOverMore() {
        try (PageWriters writers = new PageWriters(2)) {
            writers.submit(() -> {
                throw new IllegalStateException("outbox unavailable");
            });

            assertThatThrownBy(writers::await).hasMessage("outbox unavailable");
            AtomicInteger ran = new AtomicInteger();
            assertThatThrownBy(() -> writers.submit(ran::incrementAndGet)).hasMessage("outbox unavailable");
            assertThat(ran).hasValue(0);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
