package works.async.plugin.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import works.async.core.ItemRef;
import works.async.core.escalation.Notification;
import works.async.plugin.mail.NotifiedRequests.Topic;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * The mail of one notification to one addressee, the same in every host: subject and HTML body in the reader's
 * language (their profile language, from SAL's {@link LocaleResolver}) and on their clock ({@link HostUser#zone()}),
 * naming the item and the question, with an absolute link to the item. Each host's {@code Mailer} addresses it and
 * puts it on its own mail queue; the refusals it throws are worded here too, so that every host's administrators read
 * the same kind of message in the outbox.
 */
public final class NotificationMails {

    public static final String TEMPLATE = "templates/mail/notification.vm";

    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final TemplateRenderer renderer;
    private final ApplicationProperties application;
    private final NotifiedRequests requests;
    private final UserDirectory people;
    private final MailedItems items;
    private final String hostName;

    /**
     * @param items    how the host names an item, and where it shows it
     * @param hostName the product's name as refusals say it ("Jira", "Confluence"); not translated
     */
    public NotificationMails(I18nResolver i18n, LocaleResolver locales, TemplateRenderer renderer,
                             ApplicationProperties application, NotifiedRequests requests, UserDirectory people,
                             MailedItems items, String hostName) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.application = Objects.requireNonNull(application, "application");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.people = Objects.requireNonNull(people, "people");
        this.items = Objects.requireNonNull(items, "items");
        this.hostName = Objects.requireNonNull(hostName, "hostName");
    }

    /** The mail; throws (a refusal, see {@code Mailer}) only when its template cannot be rendered. */
    public ComposedMail compose(Notification notification, HostUser addressee) {
        Locale locale = locales.getLocale(new UserKey(addressee.key()));
        NotificationMail mail = new NotificationMail(i18n, locale == null ? Locale.ENGLISH : locale, addressee.zone());
        Optional<Topic> topic = requests.topicOf(notification.key());
        String recipientName = people.byKey(notification.recipient()).map(HostUser::displayName)
                .orElse(notification.recipient());
        Optional<String> itemName = topic.map(t -> mail.itemName(items.nameOf(t.item()), items.summaryOf(t.item())));
        Map<String, Object> context = mail.context(notification, itemName, topic.map(Topic::subject),
                addressee.displayName(), recipientName, topic.flatMap(t -> url(t.item())).orElse(null));
        return new ComposedMail(mail.subject(notification, itemName, recipientName), render(context));
    }

    /** The refusal for an addressee the host has no address for: retried, then parked for an administrator. */
    public RuntimeException noAddress(HostUser addressee) {
        return new IllegalStateException(i18n.getText("async.ui.mail.error.no_address", hostName,
                addressee.username()));
    }

    /**
     * Runs the host's putting of one mail on its queue. A queue that refuses it (throws) did not deliver it: the
     * refusal is thrown on, saying what the queue said, if anything, and the outbox retries the mail.
     */
    public void queue(Runnable putOnQueue) {
        try {
            putOnQueue.run();
        } catch (RuntimeException refused) {
            throw notQueued(refused);
        }
    }

    private RuntimeException notQueued(RuntimeException refused) {
        String said = refused.getMessage();
        return new IllegalStateException(said == null || said.isBlank()
                ? i18n.getText("async.ui.mail.error.queue", hostName)
                : i18n.getText("async.ui.mail.error.queue.said", hostName, said), refused);
    }

    /**
     * The canonical base URL, read for every mail: an administrator may change it while the host runs, and a mail read
     * outside the host needs the absolute address, context path (e.g. {@code /jira}) included.
     */
    private Optional<String> url(ItemRef item) {
        return items.pathOf(item).map(path -> {
            String base = application.getBaseUrl(UrlMode.CANONICAL);
            return (base == null ? "" : base.replaceAll("/+$", "")) + path;
        });
    }

    private String render(Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, context, out);
        } catch (IOException | RenderingException e) {
            throw new IllegalStateException(i18n.getText("async.ui.mail.error.render"), e);
        }
        return out.toString();
    }
}
