package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import works.async.sandbox.RunningSandbox;
import works.async.sandbox.SandboxMain;

/** TEAM's "Our working agreement" page in headless chromium: a member acknowledges the agreement in the macro. */
class SpaceAgreementBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    private static final String MACRO = "#async-work-agreement-spaces-TEAM-agreement-acknowledge";

    private static RunningSandbox sandbox;
    private static Chromium chromium;
    private static SandboxBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        Path data = Files.createTempDirectory("async-work-space-agreement-browser");
        sandbox = SandboxMain.start(Clock.fixed(NOW, ZoneOffset.UTC), "--port", "0", "--data", data.toString());
        chromium = Chromium.start();
        browser = new SandboxBrowser(chromium, sandbox);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

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
