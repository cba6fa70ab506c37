package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import net.java.ao.DBParam;
import works.async.core.testing.MutableClock;
import works.async.sandbox.SandboxClient.Reply;
import works.async.sandbox.host.MailEntity;

/**
 * The mailbox page over HTTP: a reminder the escalation pass sends reaches its addressee's {@code /mailbox} with the
 * subject and body the products send (the issue by key and summary, the question, the due time in the reader's zone
 * saying so, an absolute link to the issue), escaped; nobody else's mailbox shows it, whatever they ask for.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxPageTest {

    /** Wednesday 09:30 in London, 10:30 in Berlin: alice is at work. */
    static final MutableClock CLOCK = new MutableClock(SandboxInstants.EUROPE_MORNING);
    static final String QUESTION = "Which <b>retry</b> limit & back-off do we keep?";

    @TempDir
    static Path data;
    static RunningSandbox sandbox;
    static SandboxClient client;
    static Instant due;

    @BeforeAll
    static void start() {
        sandbox = SandboxMain.start(CLOCK, "--port", "0", "--data", data.toString());
        client = new SandboxClient(sandbox);
        // A minute before it is due, in alice's working hours: her reminder goes out, nobody is escalated yet.
        due = Mailboxes.remindedNow(sandbox, CLOCK, "DEMO-1", "bob", "alice", QUESTION);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theRecipientReadsTheReminderAsTheProductsSendIt() {
        Reply mailbox = client.get("alice", "/mailbox");

        assertThat(mailbox.status()).isEqualTo(200);
        String page = mailbox.body();
        // Friday 4 December 10:30 in Berlin: sixteen working hours (the demo's reply window) after Wednesday 10:30.
        assertThat(due).isEqualTo(Instant.parse("2026-12-04T09:30:00Z"));
        assertThat(page).contains("Your mail",
                "[DEMO-1 Checkout: retry failed card payments once] Your reply is due Fri 4 Dec 2026 10:30"
                        + " (Europe/Berlin)",
                "<p>Hello Alice Becker,</p>",
                "<p>You were asked a question on DEMO-1 Checkout: retry failed card payments once.</p>",
                "Question: <q>Which &lt;b&gt;retry&lt;/b&gt; limit &amp; back-off do we keep?</q>",
                "<strong>Due Fri 4 Dec 2026 10:30 in your time zone (Europe/Berlin)</strong>",
                "<a href=\"" + sandbox.baseUri() + "/browse/DEMO-1\">Open DEMO-1 Checkout: retry failed card payments"
                        + " once</a>",
                "To Alice Becker (alice)")
                .doesNotContain("<b>retry</b>");
    }

    @Test
    void theMailLinkOpensTheIssue() {
        String link = sandbox.baseUri() + "/browse/DEMO-1";

        assertThat(client.get("alice", "/mailbox").body()).contains("href=\"" + link + "\"");
        assertThat(client.get("alice", "/browse/DEMO-1").body()).contains("Checkout: retry failed card payments once");
    }

    @Test
    void nobodyElseSeesIt() {
        Reply bobs = client.get("bob", "/mailbox");
        Reply askedForAlices = client.get("bob", "/mailbox?user=alice&addressee=alice");
        Reply administrators = client.get("admin", "/mailbox?user=alice");
        Reply anonymous = client.get(null, "/mailbox");

        assertThat(bobs.status()).isEqualTo(200);
        assertThat(bobs.body()).contains("Your mail").doesNotContain("retry&lt;/b&gt; limit", "Hello Alice Becker");
        assertThat(askedForAlices.body()).doesNotContain("retry&lt;/b&gt; limit", "Hello Alice Becker");
        assertThat(administrators.body()).contains("Your mail")
                .doesNotContain("retry&lt;/b&gt; limit", "Hello Alice Becker");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(Mailboxes.mailOf(sandbox, "bob"))
                .noneMatch(m -> m.htmlBody() != null && m.htmlBody().contains("retry&lt;/b&gt; limit"));
    }

    /** After the others: it moves the clock past the first question's due time. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aQuestionOnAPageIsMailedByThePagesTitleWithALinkToThePage() {
        Matcher first = Pattern.compile("href=\"/spaces/TEAM/pages/(\\d+)\">([^<]+)</a>")
                .matcher(client.get("alice", "/spaces/TEAM").body());
        assertThat(first.find()).as("a page in space TEAM").isTrue();
        // As the space's page lists it, HTML-escaped, as the mailbox shows it too.
        String title = first.group(2);

        Mailboxes.remindedNow(sandbox, CLOCK, null, "bob", "alice", "Is the launch date fixed?", first.group(1));

        String page = client.get("alice", "/mailbox").body();
        assertThat(page).contains("[" + title + "] Your reply is due",
                "Question: <q>Is the launch date fixed?</q>",
                "<a href=\"" + sandbox.baseUri() + "/spaces/TEAM/pages/" + first.group(1) + "\">Open "
                        + title + "</a>");
    }

    /** Last: it moves the clock past the first question's due time, which escalates it to bob, the asker. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theNewestMailComesFirst() {
        // A second question, asked now, reminded a working day later: it lands above the first.
        Mailboxes.remindedNow(sandbox, CLOCK, "DEMO-3", "bob", "alice", "Portuguese or Brazilian Portuguese?");

        String page = client.get("alice", "/mailbox").body();

        // By their subjects: the escalation that follows the first one's due time quotes its question too.
        int newer = page.indexOf("[DEMO-3 Translate the onboarding emails to Portuguese] Your reply is due");
        int older = page.indexOf("[DEMO-1 Checkout: retry failed card payments once] Your reply is due");
        assertThat(newer).isPositive();
        assertThat(older).isGreaterThan(newer);
    }

    @Test
    void mailRecordedBeforeTheSandboxKeptItsTextIsListedSayingSo() throws Exception {
        String carol = new SandboxClient(sandbox).get("carol", SandboxClient.REST + "/users/me").json().get("key")
                .asText();
        sandbox.services().hostAo.create(MailEntity.class, new DBParam("DEDUPE_KEY", "REPLY:0:old|" + carol),
                new DBParam("ADDRESSEE", carol), new DBParam("RECIPIENT", carol), new DBParam("DUE_AT", 0L),
                new DBParam("DELIVERED_AT", 0L), new DBParam("DELIVERED_BY", "pid-1"));

        assertThat(client.get("carol", "/mailbox").body()).contains("(no subject)",
                "This mail was recorded before the sandbox kept the text of mail.");
    }

    @Test
    void theHeaderLinksTheMailbox() {
        assertThat(client.get("bob", "/issues").body()).contains("href=\"/mailbox\" id=\"mailbox-link\"");
    }
}
