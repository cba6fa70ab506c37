package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * @mentions in the host's comment boxes, in headless chromium: "@car" offers Carol, choosing her inserts the host's
 * mention markup, and the saved comment reads "Carol Ngata", not the markup.
 */
class MentionsBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC: 22:30 in Auckland, where carol lives. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void anIssueCommentMentionsCarolAsJiraMarkupAndShowsHerName() {
        browser.signIn("alice");
        browser.consoleErrors(); // the sign-in page
        browser.open("/browse/DEMO-3");
        WebElement box = browser.driver().findElement(By.id("comment-body"));
        box.sendKeys("Thanks @car");
        WebElement option = browser.waitForText(By.cssSelector("#comment-form [role=option]"), "Carol Ngata");
        assertThat(option.getText()).contains("Wed 22:30 local time");
        browser.screenshot("browser-mention-issue-suggestions");
        box.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "Thanks [~carol] ".equals(box.getAttribute("value")));
        box.sendKeys("for the numbers.");
        browser.driver().findElement(By.id("comment-submit")).click();

        WebElement comments = browser.waitForText(By.id("issue-comments"), "for the numbers.");
        assertThat(comments.getText()).contains("Thanks Carol Ngata for the numbers.").doesNotContain("[~carol]");
        assertThat(comments.findElements(By.cssSelector(".sandbox-mention"))).extracting(WebElement::getText)
                .containsExactly("Carol Ngata");
        browser.screenshot("browser-mention-issue-comment");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPageCommentMentionsCarolAsAConfluenceUserLinkAndShowsHerName() {
        browser.signIn("alice");
        browser.consoleErrors(); // the sign-in page
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.partialLinkText("Launch plan")).click();
        WebElement box = browser.waitFor(d -> d.findElement(By.id("comment-body")));
        box.sendKeys("Over to @Ngat");
        browser.waitForText(By.cssSelector("#comment-form [role=option]"), "Carol Ngata");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitFor(d -> "Over to <ac:link><ri:user ri:userkey=\"carol\" /></ac:link> ".equals(box.getAttribute("value")));
        browser.driver().findElement(By.id("comment-submit")).click();

        WebElement comments = browser.waitForText(By.id("page-comments"), "Over to");
        assertThat(comments.getText()).contains("Over to Carol Ngata").doesNotContain("ri:user", "ac:link");
        browser.screenshot("browser-mention-page-comment");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void escapeClosesTheSuggestionsAndTheTextStaysAsTyped() {
        browser.signIn("bob");
        browser.open("/browse/DEMO-3");
        WebElement box = browser.driver().findElement(By.id("comment-body"));
        box.sendKeys("mail me@");
        box.sendKeys("dine");
        browser.waitFor(d -> d.findElements(By.cssSelector("#comment-form [role=listbox]")).stream()
                .noneMatch(WebElement::isDisplayed));
        box.sendKeys(" and @dine");
        browser.waitForText(By.cssSelector("#comment-form [role=option]"), "Dinesh Rao");
        box.sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.cssSelector("#comment-form [role=listbox]")).stream()
                .noneMatch(WebElement::isDisplayed));
        assertThat(box.getAttribute("value")).isEqualTo("mail me@dine and @dine");
    }
}
