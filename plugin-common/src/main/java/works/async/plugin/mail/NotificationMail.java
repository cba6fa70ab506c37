package works.async.plugin.mail;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.escalation.Notification;

/**
 * The words of one notification mail in its reader's language and clock: the subject line, and the values the mail
 * template prints. Every value is a finished String, so the template calls no method (nothing to put on Velocity's
 * allowlist) and the host's renderer escapes each like any other reference.
 */
final class NotificationMail {

    private static final String PREFIX = "async.ui.mail.";

    private final I18nResolver i18n;
    private final Locale locale;
    private final ZoneId zone;

    NotificationMail(I18nResolver i18n, Locale locale, ZoneId zone) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The item as the mail names it: its name, followed by its summary where the host has one ("DEMO-7 Fix login"). */
    String itemName(String name, Optional<String> summary) {
        return summary.filter(text -> !text.isBlank()).map(text -> text("item", name, text.strip())).orElse(name);
    }

    /** The subject line; without the request (no item to name), it names only the due time. */
    String subject(Notification notification, Optional<String> itemName, String recipientName) {
        String due = due(notification.dueAt());
        if (itemName.isEmpty()) {
            return text("subject.gone", due);
        }
        String item = itemName.get();
        return text((notification.isReminder() ? "subject.reminder." : "subject.escalation.") + kind(notification),
                item, due, recipientName);
    }

    /**
     * @param itemName      what the host calls the request's item, or empty when the request no longer exists
     * @param subject       the question asked, or the report's or meeting's name; empty when there is none
     * @param addresseeName how the mail greets its reader
     * @param recipientName who owes the answer (the reader of a reminder, someone else in an escalation)
     * @param itemUrl       the absolute link to the issue or page, or null when there is nothing to link
     */
    Map<String, Object> context(Notification notification, Optional<String> itemName, Optional<String> subject,
                                String addresseeName, String recipientName, String itemUrl) {
        Map<String, Object> context = new HashMap<>();
        context.put("greeting", text("greeting", addresseeName));
        ZonedDateTime due = notification.dueAt().atZone(zone);
        context.put("due", text("due", local(due), zone.getId()));
        if (notification.urgentOverride()) {
            context.put("urgent", text("urgent"));
        }
        if (itemName.isEmpty()) {
            context.put("gone", text("gone"));
            return context;
        }
        String item = itemName.get();
        context.put("lead", text((notification.isReminder() ? "lead.reminder." : "lead.escalation.")
                + kind(notification), item, recipientName));
        if (notification.missedLevels() > 0) {
            context.put("missed", text(notification.missedLevels() == 1 ? "missed.one" : "missed.many",
                    String.valueOf(notification.missedLevels())));
        }
        if (subject.isPresent() && !subject.get().isBlank()) {
            context.put("subjectLabel", text("label." + kind(notification)));
            context.put("subject", subject.get());
        }
        if (itemUrl != null) {
            context.put("link", itemUrl);
            context.put("linkText", text("link", item));
        }
        return context;
    }

    /** The due time on the reader's clock, in their language, naming their zone: "Mi. 11 März 2026 09:00 (Europe/Berlin)". */
    private String due(Instant at) {
        return i18n.getText(locale, "async.ui.time.zoned", local(at.atZone(zone)), zone.getId());
    }

    private String local(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", locale).format(at);
    }

    private String text(String key, Serializable... arguments) {
        return i18n.getText(locale, PREFIX + key, arguments);
    }

    private static String kind(Notification notification) {
        return notification.key().kind().name().toLowerCase(Locale.ROOT);
    }
}
