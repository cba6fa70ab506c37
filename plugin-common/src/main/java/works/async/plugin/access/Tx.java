package works.async.plugin.access;

import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import works.async.plugin.viewreads.ViewReads;

/**
 * Runs a multi-row change in one Active Objects transaction; AO joins an enclosing transaction, so changes
 * that call each other (supersede then open, state change then outbox rows) commit or roll back together. A view's
 * kept reads are forgotten before and after, so nothing read in the same request is older than the change.
 */
public final class Tx {

    private final ActiveObjects ao;
    private final ViewReads reads;

    public Tx(ActiveObjects ao, ViewReads reads) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    public <T> T call(Supplier<T> work) {
        reads.forget();
        try {
            return ao.executeInTransaction(work::get);
        } finally {
            reads.forget();
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
