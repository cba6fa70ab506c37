package works.async.sandbox.host;

import java.time.Instant;
import java.util.Objects;

/**
 * One mail in a sandbox user's mailbox, as the sandbox's mail server recorded it.
 *
 * @param subject  the subject line; null for mail recorded before the sandbox kept the text
 * @param htmlBody the HTML body the products would send; null as above
 */
public record DeliveredMail(long id, String addressee, Instant deliveredAt, String subject, String htmlBody) {

    public DeliveredMail {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
