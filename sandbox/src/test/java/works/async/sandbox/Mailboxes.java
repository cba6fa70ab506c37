package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import works.async.core.testing.MutableClock;
import works.async.sandbox.SandboxClient.Reply;
import works.async.sandbox.host.DeliveredMail;

/** Test set-up shared by the HTTP and browser tests of the mailbox: a reminder that goes out, and who got what. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /**
     * {@code asker} asks {@code recipient} a question on the issue; the sandbox's clock then moves to a minute before
     * it is due (inside the recipient's working hours, when the demo's windows are counted from a working morning)
     * and one escalation pass runs, which sends the recipient's reminder.
     *
     * @return when the question is due
     */
    public static Instant remindedNow(RunningSandbox sandbox, MutableClock clock, String issue, String asker,
                                      String recipient, String question) {
        return remindedNow(sandbox, clock, issue, asker, recipient, question, null);
    }

    /** The same, on the page with id {@code pageId} when {@code issue} is null. */
    public static Instant remindedNow(RunningSandbox sandbox, MutableClock clock, String issue, String asker,
                                      String recipient, String question, String pageId) {
        SandboxClient client = new SandboxClient(sandbox);
        String item = issue != null ? "/issues/" + issue : "/pages/" + pageId;
        Reply asked = client.postJson(asker, SandboxClient.REST + item + "/reply-requests",
                SandboxClient.json(Map.of("recipient", recipient, "question", question)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Instant due = Instant.parse(asked.json().get("dueAt").asText());
        clock.set(due.minus(Duration.ofMinutes(1)));
        sandbox.services().escalation.runOnce();
        return due;
    }

    /** What the sandbox's mail server recorded for the user, newest first, as their mailbox lists it. */
    public static List<DeliveredMail> mailOf(RunningSandbox sandbox, String username) {
        String key = new SandboxClient(sandbox).get(username, SandboxClient.REST + "/users/me").json().get("key")
                .asText();
        return sandbox.services().mailer.mailboxOf(key, 100);
    }
}
