package works.async.plugin.access;

import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * Runs a multi-row change in one Active Objects transaction; AO joins an enclosing transaction, so changes
 * that call each other (supersede then open, state change then outbox rows) commit or roll back together.
 */
public final class Tx {

    private final ActiveObjects ao;

    public Tx(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    public <T> T call(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    public void run(Runnable work) {
        ao.executeInTransaction(() -> {
            work.run();
            return null;
        });
    }
}
