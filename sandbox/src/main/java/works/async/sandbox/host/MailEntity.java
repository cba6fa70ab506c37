package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A notification the sandbox "sent" (recorded instead of mailed), unique per notification key and addressee. */
@Table("MAIL")
public interface MailEntity extends Entity {

    @NotNull
    @Unique
    String getDedupeKey();

    void setDedupeKey(String key);

    /** Indexed: each user's mailbox reads their own mail by it. */
    @NotNull
    @Indexed
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

    /** The subject line as the products would send it; null on mail recorded before the sandbox kept the text. */
    String getSubject();

    void setSubject(String subject);

    /** The HTML body as the products would send it (their template, escaped by the host's renderer); null as above. */
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String html);
}
