package works.async.plugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import works.async.plugin.outbox.FailureText;

/**
 * A reminder or escalation to one addressee waiting to be delivered (or delivered, kept as the record that it was
 * sent). One decision (request, kind, level) goes to several addressees, so the unique NOTE_KEY holds
 * {@link Outbox#uniqueKey the key and the addressee} and NOTIFICATION_KEY the plain key for lookups (model
 * version 2; version 1 kept the plain key in NOTE_KEY, which dropped every addressee but the first). Model
 * version 5 adds the record of failed delivery attempts (ATTEMPTS, LAST_ERROR, LAST_ATTEMPT_AT).
 */
@Table("OUTBOX")
@Indexes({
        @Index(name = "outbox_pending", methodNames = {"getDeliveredAt", "getDeliverAt"})
})
public interface OutboxEntity extends Entity {

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

    /**
     * When the row may next be delivered: the planned time, moved forward after each failed attempt so that a
     * failing row leaves the due range until its back-off is over.
     */
    long getDeliverAt();

    void setDeliverAt(long value);

    boolean isUrgentOverride();

    void setUrgentOverride(boolean value);

    /**
     * 0 while pending; {@link Outbox#PARKED} once parked after too many failed attempts; the delivery time once
     * delivered (0 rather than NULL so the pending index is a plain range that leaves parked rows out).
     */
    long getDeliveredAt();

    void setDeliveredAt(long value);

    /** Failed delivery attempts since it was written or last retried by an administrator (model version 5). */
    @NotNull
    @Default("0")
    int getAttempts();

    void setAttempts(int value);

    /** What the mailer said on the last failure, short and safe to show ({@link FailureText}); null if none. */
    @StringLength(FailureText.MAX_LENGTH)
    String getLastError();

    void setLastError(String value);

    /** When delivery last failed; null if it never did. */
    Long getLastAttemptAt();

    void setLastAttemptAt(Long value);
}
