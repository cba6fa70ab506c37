package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Choosing people in headless chromium: the issue panel's "Request a reply" form, the project page's reviewers and the
 * policy's coordinators offer people by display name or user name with their local time, fill the field with the
 * chosen person's user name, and refuse an unknown name next to the field without sending anything.
 */
class PeoplePickerBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC: 22:30 in Auckland (carol), 15:00 in Kolkata (dinesh). */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    private static final String PANEL = "#async-work-panel";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void recipientsAreChosenByPartOfTheirNameAndSeeTheirLocalTime() {
        browser.signIn("alice");
        browser.consoleErrors(); // the sign-in page
        browser.open("/browse/DEMO-5");
        browser.requireSharedUi("async-work-panel");
        browser.driver().findElement(By.cssSelector(PANEL + " [data-action=show-request]")).click();
        WebElement to = browser.driver().findElement(By.cssSelector(PANEL + " [name=recipients]"));

        to.sendKeys("Ngat");
        WebElement option = browser.waitForText(By.cssSelector(PANEL + " [role=listbox] [role=option]"), "Carol Ngata");
        assertThat(option.getText()).contains("carol", "Wed 22:30 local time");
        assertThat(to.getAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot("browser-picker-suggestions");
        to.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "carol, ".equals(to.getAttribute("value")));
        assertThat(browser.driver().findElement(By.cssSelector(PANEL + " .async-work-picker-chosen")).getText())
                .contains("Carol Ngata", "Wed 22:30 local time");

        // Escape closes the list without choosing; arrows move through it; a second person joins the first.
        to.sendKeys("i");
        browser.waitFor(d -> listShown());
        to.sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> !listShown());
        assertThat(to.getAttribute("value")).isEqualTo("carol, i");
        to.sendKeys(Keys.BACK_SPACE, "Dines");
        browser.waitForText(By.cssSelector(PANEL + " [role=listbox] [role=option]"), "Dinesh Rao");
        to.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
        browser.waitFor(d -> "carol, dinesh, ".equals(to.getAttribute("value")));

        browser.driver().findElement(By.cssSelector(PANEL + " [name=question]")).sendKeys("Who signs off the copy?");
        submit(PANEL + " .async-work-request-form");
        WebElement asked = browser.waitForText(By.cssSelector(PANEL + " .async-work-open-replies"), "Who signs off the copy?");
        assertThat(asked.getText()).contains("Carol", "Dinesh");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anUnknownRecipientIsRefusedNextToTheFieldAndNothingIsSent() {
        browser.signIn("alice");
        browser.open("/browse/DEMO-5");
        browser.requireSharedUi("async-work-panel");
        browser.driver().findElement(By.cssSelector(PANEL + " [data-action=show-request]")).click();
        recordPosts();
        browser.driver().findElement(By.cssSelector(PANEL + " [name=recipients]")).sendKeys("bob, nobody-here");
        browser.driver().findElement(By.cssSelector(PANEL + " [name=question]")).sendKeys("Is this sent at all?");
        submit(PANEL + " .async-work-request-form");

        WebElement error = browser.waitForText(By.cssSelector(PANEL + " [data-error-for=recipient]"),
                "There is no such user: nobody-here.");
        assertThat(error.getText()).doesNotContain("bob");
        assertThat(browser.driver().findElement(By.cssSelector(PANEL + " [name=recipients]")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.screenshot("browser-picker-unknown");
        assertThat(posts()).as("no request was sent").isEmpty();

        browser.open("/browse/DEMO-5");
        assertThat(browser.driver().findElement(By.cssSelector(PANEL)).getText()).doesNotContain("Is this sent at all?");
    }

    @Test
    void reviewersOfAProjectReportArePickedAndAnUnknownOneHoldsThePublishing() {
        browser.signIn("alice");
        browser.consoleErrors(); // the sign-in page
        browser.open("/secure/async-work/project/DEMO");
        browser.requireSharedUi("async-work-project-DEMO");
        browser.driver().findElement(By.cssSelector("#async-work-project-DEMO [data-action=draft]")).click();
        WebElement form = browser.waitFor(d -> {
            WebElement f = d.findElement(By.cssSelector("#async-work-project-DEMO form[data-action=publish]"));
            return f.isDisplayed() ? f : null;
        });
        WebElement required = form.findElement(By.name("requiredReviewers"));
        required.sendKeys("dines");
        WebElement option = browser.waitForText(By.cssSelector("#async-work-project-DEMO [role=option]"), "Dinesh Rao");
        assertThat(option.getText()).contains("Wed 15:00 local time");
        option.click();
        browser.waitFor(d -> "dinesh, ".equals(required.getAttribute("value")));

        WebElement optional = form.findElement(By.name("optionalReviewers"));
        optional.sendKeys("zed");
        recordPosts();
        form.findElement(By.name("meetingName")).sendKeys("Monday status meeting");
        form.findElement(By.name("usualMinutes")).sendKeys("30");
        form.findElement(By.name("attendees")).sendKeys("6");
        submit("#async-work-project-DEMO form[data-action=publish]");
        browser.waitForText(By.cssSelector("#async-work-project-DEMO [data-error-for=optionalReviewers]"),
                "There is no such user: zed.");
        assertThat(posts()).as("nothing was published").isEmpty();

        // A display name typed in full is taken as that person.
        optional.clear();
        optional.sendKeys("Emma Souza");
        submit("#async-work-project-DEMO form[data-action=publish]");
        browser.waitForText(By.cssSelector("#async-work-project-DEMO .async-work-messages"), "The report is published");
        assertThat(posts()).hasSize(1);
        assertThat(posts().get(0)).contains("\"requiredReviewers\":[\"dinesh\"]", "\"optionalReviewers\":[\"emma\"]");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void policyCoordinatorsArePickedOnePerLine() {
        browser.signIn("admin");
        browser.consoleErrors(); // the sign-in page
        browser.open("/secure/async-work/admin");
        browser.requireSharedUi("async-work-policy");
        WebElement coordinators = browser.driver().findElement(By.cssSelector("[name='ownership.coordinators']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", coordinators);
        coordinators.clear();
        coordinators.sendKeys("bob");
        browser.waitForText(By.cssSelector(".async-work-policy [role=option]"), "Bob Miller");
        coordinators.sendKeys(Keys.ENTER);
        coordinators.sendKeys("car");
        browser.waitForText(By.cssSelector(".async-work-policy [role=option]"), "Carol Ngata");
        browser.screenshot("browser-picker-coordinators");
        coordinators.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "bob\ncarol\n".equals(coordinators.getAttribute("value")));

        coordinators.sendKeys("nobody-here");
        recordPosts();
        submit(".async-work-policy-form");
        browser.waitForText(By.cssSelector("[data-error-for='ownership.coordinators']"), "There is no such user: nobody-here.");
        assertThat(posts()).isEmpty();

        coordinators.sendKeys(Keys.BACK_SPACE.toString().repeat("nobody-here".length()));
        submit(".async-work-policy-form");
        browser.waitForText(By.cssSelector(".async-work-policy .async-work-messages"), "saved");
        browser.open("/secure/async-work/admin");
        assertThat(browser.driver().findElement(By.cssSelector("[name='ownership.coordinators']")).getAttribute("value"))
                .contains("bob", "carol");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static boolean listShown() {
        return browser.driver().findElements(By.cssSelector(PANEL + " [role=listbox]")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    private static void submit(String formSelector) {
        browser.driver().findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    /** Records the body of every write the page sends from now on (the screens write with fetch). */
    private static void recordPosts() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.__posts = [];"
                        + "if (!window.__fetch) { window.__fetch = window.fetch; window.fetch = function (url, init) {"
                        + "  if (init && init.method && init.method !== 'GET') { window.__posts.push(String(init.body)); }"
                        + "  return window.__fetch.apply(window, arguments); }; }");
    }

    @SuppressWarnings("unchecked")
    private static List<String> posts() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.__posts || [];");
    }
}
