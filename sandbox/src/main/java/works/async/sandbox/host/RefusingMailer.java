package works.async.sandbox.host;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import works.async.core.escalation.Notification;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.Mailer;
import works.async.sandbox.sal.SandboxText;

/**
 * A mail server that refuses some addresses ({@code --fail-mail-to}), in front of the sandbox's recording mailer:
 * it lets people trying the product, and the end-to-end tests, see a refused notification recorded, retried,
 * parked and retried by an administrator while everyone else's mail goes out.
 */
public final class RefusingMailer implements Mailer {

    private final Mailer next;
    private final Set<String> refusedUsernames;

    /** @param refusedUsernames user names, lower case, whose notifications are refused */
    public RefusingMailer(Mailer next, Set<String> refusedUsernames) {
        this.next = Objects.requireNonNull(next, "next");
        this.refusedUsernames = Set.copyOf(refusedUsernames);
    }

    @Override
    public void deliver(Notification notification, HostUser addressee) {
        if (refusedUsernames.contains(addressee.username().toLowerCase(Locale.ROOT))) {
            // What a mail server answers for a mailbox it will not take; the Mailer contract: throw = not delivered.
            throw new IllegalStateException(SandboxText.get("sandbox.mail.refused", addressee.username()));
        }
        next.deliver(notification, addressee);
    }
}
