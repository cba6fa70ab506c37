package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import works.async.core.testing.MutableClock;
import works.async.sandbox.Mailboxes;

/**
 * A newcomer's look at a reminder, in headless chromium: bob asks alice a question, her reminder goes out in her
 * working hours, and alice opens her mailbox from the header to read it as Jira would mail it (the issue by key and
 * summary, the question, the due time in her zone saying so, a link that opens the issue). Carol's mailbox does not
 * show it, and no page logs a script error.
 */
class MailboxBrowserTest {

    /** Wednesday 2 December 2026, 10:30 in Berlin: alice is at work. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-02T09:30:00Z"));
    private static final String QUESTION = "Which retry limit do we keep for <3-D Secure> cards?";
    private static final String SUBJECT = "[DEMO-1 Checkout: retry failed card payments once] Your reply is due"
            + " Fri 4 Dec 2026 10:30 (Europe/Berlin)";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(CLOCK);
    private static final SandboxBrowser browser = SESSION.browser();

    /** Runs after the session has started the sandbox and the browser (extensions' callbacks come first). */
    @BeforeAll
    static void aReminderGoesOut() {
        Mailboxes.remindedNow(SESSION.sandbox(), CLOCK, "DEMO-1", "bob", "alice", QUESTION);
    }

    @Test
    void aReminderReadInTheMailboxNamesTheIssueTheQuestionTheDueTimeInTheReadersZoneAndLinksTheIssue() {
        browser.signIn("alice");
        assertNoScriptErrors();
        browser.driver().findElement(By.id("mailbox-link")).click();
        WebElement mail = browser.waitFor(d -> reminder(d.findElements(By.cssSelector("#mailbox .sandbox-mail"))));

        assertThat(browser.driver().getTitle()).startsWith("Your mail");
        assertThat(mail.findElement(By.cssSelector(".sandbox-mail-subject")).getText()).isEqualTo(SUBJECT);
        String body = mail.findElement(By.cssSelector(".sandbox-mail-body")).getText();
        assertThat(body).contains("Hello Alice Becker,",
                "You were asked a question on DEMO-1 Checkout: retry failed card payments once.",
                "Question:", QUESTION,
                "Due Fri 4 Dec 2026 10:30 in your time zone (Europe/Berlin)");
        WebElement link = mail.findElement(By.cssSelector(".sandbox-mail-body a"));
        assertThat(link.getText()).isEqualTo("Open DEMO-1 Checkout: retry failed card payments once");
        assertThat(link.getAttribute("href")).isEqualTo(SESSION.sandbox().baseUri() + "/browse/DEMO-1");
        assertThat(mail.findElement(By.cssSelector(".sandbox-mail-source")).getAttribute("open")).isNull();
        browser.screenshot("browser-mailbox-reminder");
        assertNoScriptErrors();

        link.click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/browse/DEMO-1"));
        browser.waitForText(By.tagName("h1"), "Checkout: retry failed card payments once");
        browser.screenshot("browser-mailbox-link-opens-issue");
        assertNoScriptErrors();
    }

    @Test
    void anotherUsersMailboxDoesNotShowIt() {
        assertThat(Mailboxes.mailOf(SESSION.sandbox(), "alice")).as("alice has the reminder")
                .anyMatch(m -> SUBJECT.equals(m.subject()));
        browser.signIn("carol");
        browser.open("/mailbox");

        browser.waitForText(By.tagName("h1"), "Your mail");
        String page = browser.driver().findElement(By.id("content")).getText();
        assertThat(page).doesNotContain(QUESTION, "Hello Alice Becker", SUBJECT);
        browser.screenshot("browser-mailbox-other-user");
        assertNoScriptErrors();
    }

    /** Alice's reminder about DEMO-1 among her mail (the demo's own requests bring her some too), or null. */
    private static WebElement reminder(List<WebElement> mails) {
        return mails.stream().filter(m -> m.getText().contains(SUBJECT)).findFirst().orElse(null);
    }

    private static void assertNoScriptErrors() {
        assertThat(browser.consoleErrors()).as("console errors on " + browser.driver().getCurrentUrl()).isEmpty();
    }
}
