package works.async.confluence.spi;

import java.util.Objects;
import java.util.Optional;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.mail.Email;
import com.atlassian.sal.api.user.UserKey;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.plugin.mail.ComposedMail;
import works.async.plugin.mail.MailedItems;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.Mailer;

/**
 * Confluence's mail for the SPI: one HTML e-mail per call, added as a task to Confluence's {@value #MAIL_QUEUE} task
 * queue, which sends it through the SMTP server the administrator configured. Returning means the queue took it (the
 * Mailer contract's "queued"); anything that keeps it off the queue is thrown, with a message an administrator can
 * act on. A mail the queue later fails to send stays in Confluence's mail error queue, not in the outbox.
 *
 * <p>What the mail says is {@link NotificationMails}' (the same as Jira's), naming the page by its title and linking
 * it by its id; the address comes from Confluence's user, since {@link HostUser} carries none.
 */
public final class ConfluenceMailer implements Mailer {

    /** The task queue Confluence's own notifications use (DefaultNotificationsSender in 8.7.2). */
    public static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager tasks;
    private final UserAccessor users;
    private final NotificationMails mails;

    public ConfluenceMailer(MultiQueueTaskManager tasks, UserAccessor users, NotificationMails mails) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.users = Objects.requireNonNull(users, "users");
        this.mails = Objects.requireNonNull(mails, "mails");
    }

    /**
     * How a mail names and links a page or action item: by the page's title (its id once the page is gone, which
     * {@link works.async.plugin.mail.NotifiedRequests} rarely lets through) and at its id-based view.
     */
    public static MailedItems pages(PageManager pages) {
        Objects.requireNonNull(pages, "pages");
        return new MailedItems() {
            @Override
            public String nameOf(ItemRef item) {
                return ConfluencePages.pageIdOf(item.itemKey()).map(pages::getAbstractPage).map(AbstractPage::getTitle)
                        .filter(title -> !title.isBlank()).orElse(item.itemKey());
            }

            @Override
            public Optional<String> pathOf(ItemRef item) {
                return ConfluencePages.viewPathOf(item);
            }
        };
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
        mails.queue(() -> tasks.addTask(MAIL_QUEUE, new MailTask(email)));
    }

    /** Retried and then parked for an administrator, who can add the address in Confluence and retry it. */
    private String addressOf(HostUser addressee) {
        ConfluenceUser user = users.getUserByKey(new UserKey(addressee.key()));
        String address = user == null ? null : user.getEmail();
        if (address == null || address.isBlank()) {
            throw mails.noAddress(addressee);
        }
        return address.strip();
    }
}
