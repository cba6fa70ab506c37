package works.async.jira.spi;

import java.util.Objects;
import java.util.Optional;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.plugin.mail.ComposedMail;
import works.async.plugin.mail.MailedItems;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;

/**
 * Jira's mail for the SPI: one HTML e-mail per call, put on Jira's mail queue, which sends it through the SMTP server
 * the administrator configured (and retries it there). Returning means the queue took it (the Mailer contract's
 * "queued"); anything that keeps it off the queue is thrown, with a message an administrator can act on.
 *
 * <p>What the mail says is {@link NotificationMails}' (the same in Confluence); the address comes from Jira's user,
 * since {@link HostUser} carries none.
 */
public final class JiraMailer implements Mailer {

    /**
     * A mail names an issue by its key and summary and links it at {@code /browse/KEY}; a project's page by the
     * project's key and name, linked at its key too (Jira's project page).
     */
    public static MailedItems issues(ItemAccess access) {
        Objects.requireNonNull(access, "access");
        return new MailedItems() {
            @Override
            public String nameOf(ItemRef item) {
                return item.itemKey();
            }

            @Override
            public Optional<String> summaryOf(ItemRef item) {
                return access.find(item.kind(), item.itemKey()).map(HostItem::title)
                        .filter(title -> !title.equals(item.itemKey()));
            }

            @Override
            public Optional<String> pathOf(ItemRef item) {
                return item.kind() == ItemRef.Kind.JIRA_ISSUE ? Optional.of("/browse/" + item.itemKey())
                        : Optional.empty();
            }
        };
    }

    private final MailQueue queue;
    private final UserManager users;
    private final NotificationMails mails;

    public JiraMailer(MailQueue queue, UserManager users, NotificationMails mails) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.users = Objects.requireNonNull(users, "users");
        this.mails = Objects.requireNonNull(mails, "mails");
    }

    @Override
    public void deliver(Notification notification, HostUser addressee) {
        String address = addressOf(addressee);
        ComposedMail mail = mails.compose(notification, addressee);
        Email email = new Email(address)
                .setSubject(mail.subject())
                .setBody(mail.htmlBody())
                .setMimeType("text/html")
                .setEncoding("UTF-8");
        mails.queue(() -> queue.addItem(new SingleMailQueueItem(email)));
    }

    /** Retried and then parked for an administrator, who can add the address in Jira and retry it. */
    private String addressOf(HostUser addressee) {
        ApplicationUser user = users.getUserByKey(addressee.key());
        String address = user == null ? null : user.getEmailAddress();
        if (address == null || address.isBlank()) {
            throw mails.noAddress(addressee);
        }
        return address.strip();
    }
}
