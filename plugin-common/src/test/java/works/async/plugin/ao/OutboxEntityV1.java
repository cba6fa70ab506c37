package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The outbox row exactly as model version 1 defined it, frozen for the upgrade task 2 test: NOTE_KEY held the plain
 * notification key, unique, so only the first addressee of a decision could be stored.
 */
@Table("OUTBOX")
@Indexes({
        @Index(name = "outbox_pending", methodNames = {"getDeliveredAt", "getDeliverAt"})
})
public interface OutboxEntityV1 extends Entity {

    @NotNull
    @Unique
    @StringLength(450)
    String getNoteKey();

    void setNoteKey(String value);

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
