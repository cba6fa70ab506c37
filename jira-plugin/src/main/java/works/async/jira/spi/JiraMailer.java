package works.async.jira.spi;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.jira.spi.NotifiedRequests.Topic;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.Mailer;

/**
 * Jira's mail for the SPI: one HTML e-mail per call, put on Jira's mail queue, which sends it through the SMTP server
 * the administrator configured (and retries it there). Returning means the queue took it (the Mailer contract's
 * "queued"); anything that keeps it off the queue is thrown, with a message an administrator can act on.
 *
 * <p>The reader's language is their Jira profile language (SAL {@link LocaleResolver}), their clock their profile zone
 * ({@link HostUser#zone()}); the address comes from Jira's user, since {@link HostUser} carries none.
 */
public final class JiraMailer implements Mailer {

    private final MailQueue queue;
    private final UserManager users;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final TemplateRenderer renderer;
    private final ApplicationProperties application;
    private final NotifiedRequests requests;

    public JiraMailer(MailQueue queue, UserManager users, LocaleResolver locales, I18nResolver i18n,
                      TemplateRenderer renderer, ApplicationProperties application, NotifiedRequests requests) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.users = Objects.requireNonNull(users, "users");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.application = Objects.requireNonNull(application, "application");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public void deliver(Notification notification, HostUser addressee) {
        String address = addressOf(addressee);
        Locale locale = locales.getLocale(new UserKey(addressee.key()));
        NotificationMail mail = new NotificationMail(i18n, locale == null ? Locale.ENGLISH : locale, addressee.zone());
        Optional<Topic> topic = requests.topicOf(notification.key());
        String recipientName = displayNameOf(notification.recipient());
        Map<String, Object> context = mail.context(notification, topic, addressee.displayName(), recipientName,
                topic.map(t -> issueUrl(t.item())).orElse(null));

        Email email = new Email(address)
                .setSubject(mail.subject(notification, topic, recipientName))
                .setBody(render(context))
                .setMimeType("text/html")
                .setEncoding("UTF-8");
        try {
            queue.addItem(new SingleMailQueueItem(email));
        } catch (RuntimeException refused) {
            // Not queued, so not delivered: the outbox retries it. The message is what the queue said, if anything.
            String said = refused.getMessage();
            throw new IllegalStateException(said == null || said.isBlank() ? i18n.getText("async.ui.mail.error.queue")
                    : i18n.getText("async.ui.mail.error.queue.said", said), refused);
        }
    }

    private String addressOf(HostUser addressee) {
        ApplicationUser user = users.getUserByKey(addressee.key());
        String address = user == null ? null : user.getEmailAddress();
        if (address == null || address.isBlank()) {
            // Retried and then parked for an administrator, who can add the address in Jira and retry it.
            throw new IllegalStateException(i18n.getText("async.ui.mail.error.no_address", addressee.username()));
        }
        return address.strip();
    }

    private String displayNameOf(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null ? userKey : user.getDisplayName();
    }

    /**
     * The canonical base URL, read for every mail: an administrator may change it while Jira runs, and a mail read
     * outside Jira needs the absolute address, context path (e.g. {@code /jira}) included.
     */
    private String issueUrl(ItemRef item) {
        if (item.kind() != ItemRef.Kind.JIRA_ISSUE) {
            return null;
        }
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        base = base == null ? "" : base.replaceAll("/+$", "");
        return base + "/browse/" + item.itemKey();
    }

    private String render(Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(NotificationMail.TEMPLATE, context, out);
        } catch (IOException | RenderingException e) {
            throw new IllegalStateException(i18n.getText("async.ui.mail.error.render"), e);
        }
        return out.toString();
    }
}
