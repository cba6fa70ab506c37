package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The outbox row exactly as model versions 2 and 3 defined it, frozen for the upgrade task 5 test: no record of failed
 * delivery attempts.
 */
@Table("OUTBOX")
@Indexes({
        @Index(name = "outbox_pending", methodNames = {"getDeliveredAt", "getDeliverAt"})
})
public interface OutboxEntityV2 extends Entity {

    @NotNull
    @Unique
    @StringLength(450)
    String getNoteKey();

    void setNoteKey(String value);

    /**
     * The notification key's stable text ({@code KIND:level:requestId}); null only on a version-1 row that upgrade
     * task 2 has not backfilled yet (a column added to a filled table cannot be NOT NULL).
     */
    @Indexed
    @StringLength(450)
    String getNotificationKey();

    void setNotificationKey(String value);

    @NotNull
    @StringLength(255)
    String getAddressee();

    void setAddressee(String value);

    @NotNull
    @StringLength(255)
    String getRecipient();

    void setRecipient(String value);

    long getDueAt();

    void setDueAt(long value);

    long getDeliverAt();

    void setDeliverAt(long value);

    boolean isUrgentOverride();

    void setUrgentOverride(boolean value);

    /** 0 while pending; the delivery time once delivered (0 rather than NULL so the pending index is a plain range). */
    long getDeliveredAt();

    void setDeliveredAt(long value);
}
