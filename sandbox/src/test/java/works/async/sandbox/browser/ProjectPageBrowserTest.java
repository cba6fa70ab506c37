package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** DEMO's project page in headless chromium: a report drafted from the project's work, edited and published. */
class ProjectPageBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void aReportDraftedFromTheProjectsWorkIsEditedPublishedAndListed() {
        browser.signIn("alice");
        browser.open("/browse/DEMO-1");
        browser.driver().findElement(By.id("project-page-link")).click();
        browser.requireSharedUi("async-work-project-DEMO");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-project-reports")).getText())
                .contains("No report has been published");

        browser.driver().findElement(By.cssSelector("#async-work-project-DEMO [data-action=draft]")).click();
        WebElement body = browser.waitFor(d -> {
            WebElement b = d.findElement(By.cssSelector("#async-work-project-DEMO [name=body]"));
            return b.isDisplayed() && b.getAttribute("value").contains("Ownership not yet confirmed") ? b : null;
        });
        assertThat(body.getAttribute("value")).contains("What changed since 2026-11-25", "In progress (",
                "DEMO-1 Checkout: retry failed card payments once");
        browser.screenshot("browser-project-draft");

        WebElement form = browser.driver().findElement(By.cssSelector("#async-work-project-DEMO form[data-action=publish]"));
        body.sendKeys("\nObjections by Friday, please.");
        form.findElement(By.name("requiredReviewers")).sendKeys("bob, carol");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // Without the meeting's name the report is refused next to that field, and nothing is published.
        String refusal = browser.waitFor(d -> {
            String text = d.findElement(By.cssSelector("#async-work-project-DEMO [data-error-for='meeting.name']")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(refusal).doesNotContain("Exception");
        assertThat(browser.driver().findElements(By.cssSelector("#async-work-project-DEMO .async-work-report-link"))).isEmpty();

        form.findElement(By.name("meetingName")).sendKeys("Monday status meeting");
        form.findElement(By.name("usualMinutes")).sendKeys("30");
        form.findElement(By.name("attendees")).sendKeys("6");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitForText(By.cssSelector("#async-work-project-DEMO .async-work-messages"), "The report is published");
        WebElement listed = browser.waitForText(By.cssSelector("#async-work-project-DEMO .async-work-report-link"),
                "Demo project: update of 2026-12-02");
        assertThat(listed.getText()).containsIgnoringCase("Collecting feedback").contains("Alice");
        browser.screenshot("browser-project-published");

        listed.findElement(By.tagName("a")).click();
        browser.waitForText(By.cssSelector(".async-work-report-body"), "Objections by Friday, please.");
    }

    @Test
    void aMemberAcknowledgesTheProjectsWorkingAgreement() {
        browser.signIn("carol");
        browser.open("/secure/async-work/project/DEMO");
        browser.requireSharedUi("async-work-project-DEMO");

        browser.driver().findElement(By.cssSelector("#async-work-project-DEMO [data-action=acknowledge]")).click();

        browser.waitForText(By.cssSelector("#async-work-project-DEMO .async-work-acknowledged"),
                "You acknowledged this agreement on");
        assertThat(browser.driver().findElements(By.cssSelector("#async-work-project-DEMO [data-action=acknowledge]")))
                .isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("#async-work-project-DEMO .async-work-messages")).getText())
                .contains("your acknowledgement is recorded");
        browser.screenshot("browser-project-acknowledged");
    }
}
