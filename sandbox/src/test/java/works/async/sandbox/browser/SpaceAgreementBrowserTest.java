package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** TEAM's "Our working agreement" page in headless chromium: a member acknowledges the agreement in the macro. */
class SpaceAgreementBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();
    private static final String MACRO = "#async-work-agreement-spaces-TEAM-agreement-acknowledge";

    @Test
    void aMemberAcknowledgesTheSpacesWorkingAgreementInTheMacro() {
        browser.signIn("carol");
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.linkText("Our working agreement")).click();
        browser.waitForText(By.cssSelector(MACRO + " .async-work-acknowledgement-count"),
                "0 members acknowledged this agreement.");

        browser.driver().findElement(By.cssSelector(MACRO + " [data-action=acknowledge]")).click();

        browser.waitForText(By.cssSelector(MACRO + " .async-work-acknowledged"), "You acknowledged this agreement on");
        assertThat(browser.driver().findElements(By.cssSelector(MACRO + " [data-action=acknowledge]"))).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(MACRO + " .async-work-acknowledgement-count")).getText())
                .isEqualTo("1 member acknowledged this agreement.");
        assertThat(browser.driver().findElement(By.cssSelector(MACRO + " .async-work-messages")).getText())
                .contains("your acknowledgement is recorded");
    }
}
