package works.async.sandbox.host;

import java.util.Objects;

import works.async.core.escalation.Notification;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.Mailer;

/**
 * The sandbox's mailer for the SPI, as Jira's and Confluence's: the shared {@link NotificationMails} words the mail
 * (the same subject and body the products send), and the sandbox's mail server records it for the addressee's
 * mailbox instead of putting it on a product's mail queue.
 */
public final class SandboxMailer implements Mailer {

    private final NotificationMails mails;
    private final RecordingMailer server;

    public SandboxMailer(NotificationMails mails, RecordingMailer server) {
        this.mails = Objects.requireNonNull(mails, "mails");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public void deliver(Notification notification, HostUser addressee) {
        server.deliver(notification, addressee, mails.compose(notification, addressee));
    }
}
