package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/**
 * A moment at which the escalation pass must run in full (model version 8). Every write that stores a moment the pass
 * reads (a request's or reviewer's next check, an outbox row's delivery time, a report's closing time, a series'
 * date) inserts one in its own transaction; the pass deletes the rows it read when it is done, after storing the
 * earliest moment still ahead. Insert-only, so two writers on two nodes never overwrite each other's moment, and a
 * pass with nothing due reads one index and nothing else.
 */
@Table("WAKE")
public interface WakeEntity extends Entity {

    /** Epoch milliseconds from which the pass must run in full. */
    @Indexed
    long getWakeAt();

    void setWakeAt(long value);
}
