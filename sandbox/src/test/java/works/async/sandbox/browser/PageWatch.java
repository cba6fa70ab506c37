package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person would notice went wrong on a page without looking at the server: a script error (uncaught, a
 * rejected promise, or console.error) or a navigation where an in-place action should have stayed on the page.
 * Installed through the DevTools protocol so it runs before the page's own scripts on every document.
 */
final class PageWatch {

    private static final String SCRIPT = "window.asyncWorkErrors = [];"
            + "window.addEventListener('error', function (e) { window.asyncWorkErrors.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno + ':' + e.colno + (e.error && e.error.stack ? ' ' + e.error.stack : '')); });"
            + "window.addEventListener('unhandledrejection', function (e) {"
            + "  window.asyncWorkErrors.push('rejection: ' + (e.reason && e.reason.message || e.reason)); });"
            + "(function () { var original = console.error; console.error = function () {"
            + "  window.asyncWorkErrors.push('console: ' + Array.prototype.join.call(arguments, ' '));"
            + "  return original.apply(console, arguments); }; })();";

    private final WebDriver driver;

    private PageWatch(WebDriver driver) {
        this.driver = driver;
    }

    /** Watches every page the browser opens from now on. */
    static PageWatch install(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
        return new PageWatch(driver);
    }

    /** Marks the current document; {@link #assertNotReloaded} fails once another document replaced it. */
    void markDocument() {
        js().executeScript("window.asyncWorkSameDocument = true;");
    }

    void assertNotReloaded() {
        assertThat(js().executeScript("return window.asyncWorkSameDocument === true;"))
                .as("the page stayed (no reload or navigation)").isEqualTo(Boolean.TRUE);
    }

    /** No script error on the page since it loaded (uncaught errors, rejected promises, console.error). */
    void assertNoScriptErrors() {
        Object errors = js().executeScript("return window.asyncWorkErrors || [];");
        assertThat(((List<?>) errors).stream().map(String::valueOf).toList())
                .as("script errors on " + driver.getCurrentUrl()).isEmpty();
    }

    /** What the shared live region last said, or "" when nothing was announced. */
    String announced() {
        Object text = js().executeScript(
                "var r = document.getElementById('async-work-live'); return r ? r.textContent : '';");
        return text == null ? "" : text.toString();
    }

    /** Whether keyboard focus is inside the element the selector finds (not lost on the page's body). */
    boolean focusInside(String selector) {
        return Boolean.TRUE.equals(js().executeScript(
                "var el = document.querySelector(arguments[0]); return !!el && el.contains(document.activeElement)"
                        + " && document.activeElement !== document.body;", selector));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
