package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import works.async.sandbox.FailingMail;

/** The administrators' outbox in headless chromium, on a sandbox that refuses bob's mail. */
class OutboxBrowserTest {

    /** A fixed Wednesday morning, so that no outcome depends on when the test runs. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW, "--fail-mail-to", "bob");
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void anAdministratorSeesBobsFailingNotificationWithItsErrorAndRetriesIt() {
        FailingMail.escalatedNow(SESSION.sandbox(), "DEMO-2", List.of("bob"));
        browser.signIn("admin");
        browser.open("/secure/async-work/outbox");
        browser.requireSharedUi("async-work-outbox");
        // The demo's own breached requests may add rows for bob too; this test follows the one about DEMO-2.
        WebElement failing = browser.driver().findElements(By.cssSelector("#async-work-outbox tr.async-work-outbox-failed"))
                .stream().filter(r -> r.getText().contains("DEMO-2")).findFirst().orElseThrow();
        String id = failing.getAttribute("data-outbox-id");
        assertThat(failing.getText()).contains("Bob Miller", "550 Mailbox unavailable")
                .containsIgnoringCase("Failed once, trying again");
        browser.screenshot("browser-outbox-failing");

        failing.findElement(By.cssSelector("[data-action=retry]")).click();

        browser.waitForText(By.cssSelector("#async-work-outbox .async-work-messages"), "Queued again");
        // The retried row waits for the next pass with a fresh round of attempts, so it no longer shows as failing.
        WebElement retried = browser.driver().findElement(By.cssSelector("#async-work-outbox tr[data-outbox-id='" + id + "']"));
        assertThat(retried.getAttribute("class")).doesNotContain("async-work-outbox-failed");
        assertThat(retried.getText()).contains("Waiting", "DEMO-2");
        browser.screenshot("browser-outbox-retry");
    }
}
