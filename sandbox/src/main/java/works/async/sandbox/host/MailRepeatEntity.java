package works.async.sandbox.host;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A delivery the mail server was handed again for a notification it had already recorded. The recipient sees nothing
 * of it (the {@link MailEntity} is unique), but a real product's mail server has no such dedupe, so these rows are
 * what a crash between delivering and marking the outbox row delivered costs, and what two nodes delivering the same
 * outbox row would cost: the crash tests count them.
 */
@Table("MAIL_REPEAT")
public interface MailRepeatEntity extends Entity {

    @NotNull
    @Indexed
    String getDedupeKey();

    void setDedupeKey(String key);

    String getDeliveredBy();

    void setDeliveredBy(String node);

    long getDeliveredAt();

    void setDeliveredAt(long epochMillis);
}
