package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * TEAM's "Launch plan" page in headless chromium: alice asks emma a question in the open-questions macro, and emma
 * answers it in place; her answer is her page comment, the question shows as answered and the banner follows, all
 * without a reload. Refusals from the server show next to their field, in the user's language.
 */
class PageQuestionBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    private static final String QUESTION = "Is the sign-up copy final?";
    private static final String ANSWER = "Yes, final since Monday.";
    private static final String MACRO = ".async-work-questions";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void aQuestionAskedOnAPageIsAnsweredInPlaceAsTheRecipientsPageComment() {
        browser.signIn("alice");
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.partialLinkText("Launch plan")).click();
        String page = browser.driver().getCurrentUrl();

        // An unknown person is refused next to the field.
        ask("nobody-here", QUESTION);
        browser.waitForText(By.cssSelector(MACRO + " .async-work-ask-form [data-error-for=recipient]"), "There is no such user: nobody-here.");
        ask("emma", QUESTION);
        browser.waitForText(By.cssSelector(MACRO + " .async-work-open-replies"), QUESTION);
        assertThat(browser.driver().findElement(By.cssSelector(MACRO + " .async-work-open-replies")).getText())
                .contains("Alice", "Emma");

        browser.signIn("emma");
        browser.driver().get(page);
        browser.waitForText(By.cssSelector(".async-work-banner"), QUESTION);
        // A blank answer is refused next to the answer box, and nothing is written.
        answerForm().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector(MACRO + " .async-work-answer-form [data-error-for=text]"),
                "A required value is missing.");
        answerForm().findElement(By.name("text")).sendKeys(ANSWER);
        answerForm().findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(MACRO + " .async-work-open-replies")).stream()
                .noneMatch(e -> e.getText().contains(QUESTION)));
        browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-banner")).stream()
                .noneMatch(e -> e.getText().contains(QUESTION)));
        browser.driver().findElement(By.cssSelector(MACRO + " .async-work-closed-replies summary")).click();
        WebElement closed = browser.waitForText(By.cssSelector(MACRO + " .async-work-closed-replies"),
                "Answered in a comment on this page.");
        assertThat(closed.getText()).contains(QUESTION, "Answered by Emma");

        browser.driver().navigate().refresh();
        WebElement comments = browser.waitForText(By.id("page-comments"), ANSWER);
        assertThat(comments.getText()).contains("Emma");
        assertThat(comments.getText().split(ANSWER, -1)).hasSize(2);
    }

    private static void ask(String recipient, String question) {
        WebElement form = browser.driver().findElement(By.cssSelector(MACRO + " .async-work-ask-form"));
        WebElement to = form.findElement(By.name("recipient"));
        to.clear();
        to.sendKeys(recipient);
        WebElement text = form.findElement(By.name("question"));
        text.clear();
        text.sendKeys(question);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebElement answerForm() {
        return browser.waitFor(d -> d.findElements(By.cssSelector(MACRO + " .async-work-answer-form")).stream()
                .findFirst().orElse(null));
    }
}
