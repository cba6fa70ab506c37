package works.async.plugin.mail;

import java.util.Objects;

/**
 * One notification's mail as its reader gets it.
 *
 * @param subject  the subject line, plain text
 * @param htmlBody the body, HTML rendered from {@link NotificationMails#TEMPLATE}
 */
public record ComposedMail(String subject, String htmlBody) {

    public ComposedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }
}
