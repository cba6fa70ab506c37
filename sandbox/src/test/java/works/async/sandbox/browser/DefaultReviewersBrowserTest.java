package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A project's default reviewers in headless chromium: chosen with the people picker on the project's policy screen,
 * an unknown one refused next to the field, and the saved ones proposed as required reviewers of the project's next
 * report. A session of its own, so the policy it saves changes no other test's project page.
 */
class DefaultReviewersBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    private static final String FIELD = "[name='reports.defaultReviewers']";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void defaultReviewersArePickedOnThePolicyScreenAndProposedOnTheNextReport() {
        browser.signIn("admin");
        browser.consoleErrors(); // the sign-in page
        browser.open("/secure/async-work/admin?project=DEMO");
        browser.requireSharedUi("async-work-policy");
        WebElement reviewers = browser.driver().findElement(By.cssSelector(FIELD));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", reviewers);
        reviewers.sendKeys("dines");
        browser.waitForText(By.cssSelector(".async-work-policy [role=option]"), "Dinesh Rao");
        reviewers.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "dinesh\n".equals(reviewers.getAttribute("value")));

        reviewers.sendKeys("zed");
        save();
        browser.waitForText(By.cssSelector("[data-error-for='reports.defaultReviewers']"), "There is no such user: zed.");
        browser.screenshot("browser-policy-default-reviewers");

        reviewers.sendKeys(Keys.BACK_SPACE.toString().repeat("zed".length()));
        save();
        browser.waitForText(By.cssSelector(".async-work-policy .async-work-messages"), "saved");

        browser.open("/secure/async-work/project/DEMO");
        browser.requireSharedUi("async-work-project-DEMO");
        browser.driver().findElement(By.cssSelector("#async-work-project-DEMO [data-action=draft]")).click();
        WebElement required = browser.waitFor(d -> {
            WebElement f = d.findElement(By.cssSelector("#async-work-project-DEMO [name=requiredReviewers]"));
            return f.isDisplayed() ? f : null;
        });
        assertThat(required.getAttribute("value")).isEqualTo("dinesh");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void save() {
        browser.driver().findElement(By.cssSelector(".async-work-policy-form button[type=submit]")).click();
    }
}
