package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * "Waiting for me" in headless chromium: alice opens it from the header's link and finds each kind of thing waiting
 * for her with its due time in her time and a link that leads to it, and her own figures; bob's page shows his own,
 * not hers, and nothing of the restricted project he cannot see even though he was assigned an issue in it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // bob's page is checked once alice's things exist
class WaitingForMeBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC: 10:30 in Berlin (alice), 04:30 in New York (bob). */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    private static final String QUESTION = "Can the digest skip weeks with nothing new?";
    private static final String ANSWERED = "Does the retry apply to 3-D Secure cards too?";

    @Test
    @Order(1)
    void aPersonSeesEverythingWaitingForThemWithDueTimesInTheirTimeAndLinksThatLeadThere() {
        // Bob asks alice two questions; she answers one at once, which her own figures then count.
        browser.signIn("bob");
        ask("DEMO-5", "alice", QUESTION);
        ask("DEMO-1", "alice", ANSWERED);
        browser.signIn("alice");
        browser.open("/browse/DEMO-1");
        browser.requireSharedUi("async-work-panel");
        browser.driver().findElement(By.cssSelector("#async-work-panel .async-work-open-replies [data-action=answer]")).click();
        browser.waitForText(By.cssSelector("#async-work-panel .async-work-closed-replies"), "Answered");

        List<String> everyPage = hostPageErrors();
        browser.open("/browse/DEMO-1");
        consoleErrors(); // what the issue view logged is not this page's
        browser.driver().findElement(By.id("waiting-link")).click();
        browser.requireSharedUi("async-work-waiting");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/secure/async-work/waiting");
        assertThat(text(".async-work-waiting-zone")).contains("your time (Europe/Berlin)");

        WebElement reply = entry("replies", "DEMO-5");
        assertThat(reply.getText()).contains("Bob Miller asked you: \u201c" + QUESTION + "\u201d", "(your time, Europe/Berlin)")
                .doesNotContain(ANSWERED);
        WebElement ownership = entry("ownership", "DEMO-1 Checkout: retry failed card payments once");
        assertThat(ownership.getText()).contains("Assigned to you by", "(your time, Europe/Berlin)");
        WebElement report = entry("reports", "Weekly update");
        assertThat(report.getText()).contains("you are a required reviewer", "(your time, Europe/Berlin)");
        assertThat(text("#async-work-waiting-agreements")).contains("Working agreement of project Demo project",
                "Working agreement of space TEAM", "No due time");
        // Every due time is the moment in her zone: the time element's instant, written on the Berlin clock.
        for (WebElement time : browser.driver().findElements(By.cssSelector("#async-work-waiting time"))) {
            assertThat(time.getText()).isEqualTo("Due " + berlin(time.getAttribute("datetime")) + " (your time, Europe/Berlin)");
        }
        // Hers: the four the demo's past weeks have her answer in time, and this one.
        assertThat(text("#async-work-own-replies")).contains("100%", "5 of 5 answered within their window");
        assertThat(text("#async-work-waiting-figures")).contains("Only you can see them");
        assertThat(text("#async-work-waiting")).doesNotContain("HR-");
        assertNoConsoleErrorsBut(everyPage);
        browser.screenshot("browser-waiting-for-me");

        follow(reply, "/browse/DEMO-5");
        browser.requireSharedUi("async-work-panel");
        assertThat(text("#async-work-panel")).contains(QUESTION);
        back();
        follow(entry("reports", "Weekly update"), "/spaces/TEAM/pages/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Weekly update");
        back();
        follow(entry("agreements", "Working agreement of project Demo project"), "/secure/async-work/project/DEMO");
        browser.requireSharedUi("async-work-project-DEMO");
    }

    @Test
    @Order(2)
    void anotherPersonSeesOnlyTheirOwnAndNothingOfAProjectTheyCannotSee() {
        // Carol assigns an issue of the restricted project HR to bob, who may not see that project: his ownership of it
        // waits for him, but nothing of the issue may reach him.
        browser.signIn("carol");
        browser.open("/browse/HR-1");
        new Select(browser.driver().findElement(By.id("assignee-select"))).selectByValue("bob");
        browser.driver().findElement(By.id("assign-submit")).click();
        browser.waitForText(By.id("assignee-val"), "Bob Miller");
        browser.waitForText(By.cssSelector("#async-work-panel"), "Bob Miller");

        browser.signIn("bob");
        List<String> everyPage = hostPageErrors();
        browser.open("/secure/async-work/waiting?user=alice");
        browser.requireSharedUi("async-work-waiting");

        String page = text("#async-work-waiting");
        assertThat(text(".async-work-waiting-zone")).contains("your time (America/New_York)");
        // Bob's own ownership of DEMO-2 waits for him; alice's questions and report and the HR issue do not show.
        assertThat(entry("ownership", "DEMO-2").getText()).contains("(your time, America/New_York)");
        assertThat(page).doesNotContain(QUESTION, "Weekly update", "HR-1", "Plan the spring team offsite",
                "People team");
        // His own figures, not alice's: of the four the demo's past weeks have him answer, two were late.
        assertThat(text("#async-work-own-replies")).contains("50%", "2 of 4 answered within their window")
                .doesNotContain("5 of 5");
        assertNoConsoleErrorsBut(everyPage);
        browser.screenshot("browser-waiting-for-me-bob");
    }

    private static void ask(String issue, String recipient, String question) {
        browser.open("/browse/" + issue);
        browser.requireSharedUi("async-work-panel");
        browser.driver().findElement(By.cssSelector("#async-work-panel [data-action=show-request]")).click();
        browser.driver().findElement(By.cssSelector("#async-work-panel [name=recipients]")).sendKeys(recipient);
        browser.driver().findElement(By.cssSelector("#async-work-panel [name=question]")).sendKeys(question);
        browser.driver().findElement(By.cssSelector("#async-work-panel .async-work-request-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("#async-work-panel .async-work-open-replies .async-work-reply"), question);
    }

    private static WebElement entry(String section, String title) {
        List<WebElement> entries = browser.driver().findElements(
                By.cssSelector("#async-work-waiting-" + section + " .async-work-waiting-entry"));
        return entries.stream().filter(e -> e.findElement(By.cssSelector(".async-work-waiting-link")).getText()
                .contains(title)).findFirst().orElseThrow(() -> new AssertionError("no " + section + " entry \""
                + title + "\" in: " + entries.stream().map(WebElement::getText).toList()));
    }

    private static void follow(WebElement entry, String path) {
        entry.findElement(By.cssSelector(".async-work-waiting-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains(path));
    }

    private static void back() {
        browser.driver().navigate().back();
        browser.requireSharedUi("async-work-waiting");
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }

    private static String berlin(String iso) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH)
                .format(Instant.parse(iso).atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    /**
     * What the host's own issue list logs (the sandbox's header scripts log an error on every page, this one's
     * included; it is the header's, not this page's), draining the console before the page under test.
     */
    private static List<String> hostPageErrors() {
        consoleErrors();
        browser.open("/issues");
        browser.waitFor(d -> d.findElement(By.id("header")));
        return consoleErrors();
    }

    /** The page logged no error of its own: nothing beyond what every sandbox page logs. */
    private static void assertNoConsoleErrorsBut(List<String> everyPage) {
        assertThat(consoleErrors()).as("errors in the console of the page").allSatisfy(error ->
                assertThat(everyPage).as("an error every sandbox page logs").contains(error));
    }

    /**
     * The console's errors since the last call (reading drains the log). The browser's own request of
     * {@code /favicon.ico}, which the sandbox does not serve, is no error of a page.
     */
    private static List<String> consoleErrors() {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("/favicon.ico ")).toList();
    }
}
