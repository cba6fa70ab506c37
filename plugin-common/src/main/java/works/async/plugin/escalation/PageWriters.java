package works.async.plugin.escalation;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * Writes the pages of one pass on a few threads while the calling thread reads and plans the next page.
 *
 * <p>Why: a backlog is bound by one UPDATE round trip per request (the ActiveObjects facade has no multi-row
 * update), so what raises its throughput is overlapping the round trips of different pages. Pages of a keyset scan
 * hold different requests, so their transactions touch different rows and, at the READ COMMITTED isolation the
 * hosts give plugins, do not fail each other.
 *
 * <p>At most {@code writers} pages are written at once and {@link #submit} waits for a free writer, so a pass holds
 * at most {@code writers + 1} pages in memory however long the backlog. Threads start with the first page handed
 * over, so a pass with nothing to write starts none, and {@link #close} stops them.
 */
public final class PageWriters implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int writers;
    private final Semaphore free;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private ExecutorService pool;

    public PageWriters(int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("writers >= 1");
        }
        this.writers = writers;
        this.free = new Semaphore(writers);
    }

    /**
     * Hands one page's write to a writer, first waiting until one is free. The write returns a count that
     * {@link #await} sums. A failure of an earlier page is thrown here, so a failing pass stops reading.
     */
    public void submit(IntSupplier write) {
        Objects.requireNonNull(write, "write");
        rethrowFailure();
        free.acquireUninterruptibly();
        try {
            pool().execute(() -> {
                try {
                    total.addAndGet(write.getAsInt());
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    free.release();
                }
            });
        } catch (RuntimeException e) {
            free.release();
            throw e;
        }
    }

    /**
     * Waits until every page handed over so far is written; returns the sum of their counts since the previous
     * call, or throws the first page's failure.
     */
    public int await() {
        free.acquireUninterruptibly(writers);
        free.release(writers);
        rethrowFailure();
        return total.getAndSet(0);
    }

    /** Stops the writer threads once the pages handed over are written (a pass awaits them before that). */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(writers, daemonThreads("async-work-page-writer-" + POOLS.incrementAndGet()));
        }
        return pool;
    }

    /** Daemon threads: a host shutting down does not wait for a pass that it is about to abandon anyway. */
    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void rethrowFailure() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("a page write failed", t);
        }
    }
}
