package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import works.async.sandbox.RunningSandbox;

/** A signed-in browser session on a running sandbox, with the waits the shared UI's scripts need. */
final class SandboxBrowser {

    private final Supplier<Chromium> chromium;
    private final Supplier<RunningSandbox> sandbox;

    /** Over a browser and a sandbox that may start later (a test class's session starts them before its tests). */
    SandboxBrowser(Supplier<Chromium> chromium, Supplier<RunningSandbox> sandbox) {
        this.chromium = chromium;
        this.sandbox = sandbox;
    }

    WebDriver driver() {
        return chromium.get().driver();
    }

    String url(String path) {
        return sandbox.get().baseUri().resolve(path).toString();
    }

    /**
     * Signs in through the login page (demo passwords are the user names): a fresh session (no cookies), whose form
     * carries its atl_token.
     */
    void signIn(String user) {
        driver().manage().deleteAllCookies();
        driver().get(url("/login"));
        driver().findElement(By.id("os_username")).sendKeys(user);
        driver().findElement(By.id("os_password")).sendKeys(user);
        driver().findElement(By.id("os_password")).submit();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    void open(String path) {
        driver().get(url(path));
    }

    /** Fails unless the shared UI (not the host's placeholder) is on the page under this element id. */
    void requireSharedUi(String elementId) {
        List<WebElement> found = driver().findElements(By.id(elementId));
        assertThat(found).as("#" + elementId + " on " + driver().getCurrentUrl()).isNotEmpty();
        assertThat(found.get(0).getAttribute("class")).doesNotContain("async-work-placeholder");
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        // The screens re-render after each action, so an element found a moment ago may be gone: look again.
        return new WebDriverWait(driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element found by the selector has text containing {@code text}, re-finding it after refreshes. */
    WebElement waitForText(By selector, String text) {
        return waitFor(d -> d.findElements(selector).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    /** Script errors logged by the pages since the last call ({@link Chromium#scriptErrors}). */
    List<String> scriptErrors() {
        return chromium.get().scriptErrors();
    }

    /**
     * The console errors (script errors, failed loads) logged since the last call; reading them empties the log. The
     * browser's own request for a favicon, which the sandbox does not serve, is not the page's.
     */
    List<String> consoleErrors() {
        return chromium.get().consoleErrors().stream().filter(m -> !m.contains("favicon.ico")).toList();
    }

    void screenshot(String name) {
        chromium.get().screenshot(name);
    }
}
