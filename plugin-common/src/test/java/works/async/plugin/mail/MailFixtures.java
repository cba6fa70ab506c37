package works.async.plugin.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.atlassian.templaterenderer.TemplateRenderer;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.spi.HostUser;

/**
 * What both products' mailer tests send: one question ({@value #REQUEST}) due at a fixed instant, its reminder and
 * escalation, and a mocked template renderer that prints the mail template's values one per line ({@code key=value},
 * sorted), so that a body shows exactly what the template receives (still a mock, so a test can make it fail).
 */
public final class MailFixtures {

    /** Wednesday 11 March 2026, 08:00 UTC: 09:00 in Berlin, 04:00 in New York. */
    public static final Instant DUE = Instant.parse("2026-03-11T08:00:00Z");

    public static final String REQUEST = "r1";

    private MailFixtures() {
    }

    public static TemplateRenderer printingRenderer() throws Exception {
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(call -> {
            Writer out = call.getArgument(2);
            Map<String, Object> context = call.getArgument(1);
            for (Map.Entry<String, Object> value : new TreeMap<>(context).entrySet()) {
                out.write(value.getKey() + "=" + value.getValue() + "\n");
            }
            return null;
        }).when(renderer).render(eq(NotificationMails.TEMPLATE), anyMap(), any(Writer.class));
        return renderer;
    }

    /** The reminder to the person who owes the answer. */
    public static Notification reminder(HostUser who) {
        return new Notification(NotificationKey.reminder(REQUEST, DeadlineKind.REPLY), who.key(), who.key(), DUE, DUE,
                false);
    }

    /** The first escalation, to {@code addressee}, about {@code recipient}'s missing answer. */
    public static Notification escalation(HostUser addressee, HostUser recipient) {
        return new Notification(new NotificationKey(REQUEST, DeadlineKind.REPLY, 1), addressee.key(), recipient.key(),
                DUE, DUE, false);
    }

    /** The open question on {@code item}, asked a day before it is due. */
    public static ReplyRequest question(ItemRef item, String text) {
        return new ReplyRequest(REQUEST, "g-" + REQUEST, item, null, "carol-key", "bob-key", text,
                ReplyOrigin.explicit(), Duration.ofHours(8), DUE.minus(Duration.ofDays(1)), DUE, null, ReplyState.OPEN,
                null, null, null, null, false, 0, 1);
    }
}
