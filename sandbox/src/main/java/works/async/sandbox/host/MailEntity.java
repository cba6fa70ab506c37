package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A notification the sandbox "sent" (recorded instead of mailed), unique per notification key and addressee. */
@Table("MAIL")
public interface MailEntity extends Entity {

    @NotNull
    @Unique
    String getDedupeKey();

    void setDedupeKey(String key);

    @NotNull
    String getAddressee();

    void setAddressee(String userKey);

    String getRecipient();

    void setRecipient(String userKey);

    long getDueAt();

    void setDueAt(long epochMillis);

    long getDeliveredAt();

    void setDeliveredAt(long epochMillis);

    /** The sandbox process that recorded it ({@link RecordingMailer#NODE}): which cluster node's job delivered it. */
    String getDeliveredBy();

    void setDeliveredBy(String node);
}
