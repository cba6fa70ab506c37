package works.async.sandbox.pages;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.host.DeliveredMail;
import works.async.sandbox.host.RecordingMailer;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.sal.SandboxText;

/**
 * The signed-in user's mailbox at {@value #PATH}: the mail the sandbox's mail server recorded for them, newest first,
 * each with its subject and its body as Jira or Confluence would send it, so people trying the product see what a
 * reminder or escalation looks like. It takes no parameter: whoever asks sees only their own mail.
 */
public final class MailboxServlet extends HttpServlet {

    public static final String PATH = "/mailbox";
    /** The newest mail shown; older mail stays recorded (the crash tests count it) but is not listed. */
    static final int SHOWN = 100;

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DELIVERED = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** What a mail client shows of an HTML mail: its body element's content. */
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final transient Chrome chrome;
    private final transient RecordingMailer mail;

    public MailboxServlet(Chrome chrome, RecordingMailer mail) {
        this.chrome = chrome;
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxUser me = CurrentUser.get().orElseThrow();
        List<DeliveredMail> mine = mail.mailboxOf(me.key(), SHOWN + 1);
        Map<String, Object> model = chrome.model(request);
        model.put("mails", mine.stream().limit(SHOWN).map(m -> view(m, me.zone())).toList());
        model.put("toText", SandboxText.get("sandbox.mailbox.to", me.displayName(), me.username()));
        if (mine.size() > SHOWN) {
            model.put("moreText", SandboxText.get("sandbox.mailbox.more", Integer.toString(SHOWN)));
        }
        chrome.page(response, SandboxText.get("sandbox.mailbox.title"), "mailbox", "sandbox-templates/mailbox.vm", model);
    }

    /**
     * One mail for the template. Its body was written by the products' mail template through the host's escaping
     * renderer (every value the plugin put in it is escaped), so it is shown as HTML, the way a mail client shows it.
     */
    private static Map<String, Object> view(DeliveredMail m, ZoneId zone) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", Long.toString(m.id()));
        view.put("delivered", m.deliveredAt().toString());
        view.put("deliveredText", SandboxText.get("sandbox.mailbox.delivered", DELIVERED.format(m.deliveredAt().atZone(zone)),
                zone.getId()));
        if (m.subject() != null) {
            view.put("subject", m.subject());
        }
        if (m.htmlBody() != null) {
            Matcher body = BODY.matcher(m.htmlBody());
            view.put("bodyHtml", body.find() ? body.group(1).strip() : m.htmlBody());
            view.put("source", m.htmlBody());
        }
        return view;
    }
}
