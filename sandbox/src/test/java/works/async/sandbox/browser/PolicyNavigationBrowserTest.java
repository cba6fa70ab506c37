package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Policies found from where the work lives and fixed in one round, in headless chromium: a project's administrator
 * follows the project page's link to its policy, adds an issue type's policy and saves it; a save with two bad fields
 * is refused with a summary linking to each; the same for a space from its page; someone who may not administer
 * sees no link and is refused the screen. No page logs a script error.
 */
class PolicyNavigationBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    private static final String REPLY_WINDOW = "async-work-policy-reply-defaultWindow";
    private static final String REMINDER = "async-work-policy-reply-reminderFraction";
    private static final String CONFIRMATION_WINDOW = "async-work-policy-ownership-confirmationWindow";
    private static final String DIGEST_AT = "async-work-policy-notifications-digestAt";
    private static final String FEEDBACK_WINDOW = "async-work-policy-reports-feedbackWindow";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void aProjectAdminAddsAnIssueTypesPolicyFromTheProjectPage() {
        browser.signIn("alice");
        browser.open("/browse/DEMO");
        browser.screenshot("browser-policy-project-page-link");
        browser.driver().findElement(By.id("async-work-project-policy-link")).click();

        browser.requireSharedUi("async-work-policy");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/secure/async-work/admin?project=DEMO");
        assertThat(types().getText()).contains("Issue type policies",
                "No issue type has a policy of its own");
        browser.screenshot("browser-policy-project-types-none");

        new Select(browser.driver().findElement(By.id("async-work-policy-add-type"))).selectByVisibleText("Bug");
        types().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector("#async-work-policy h2"), "policy of issue type Bug in project DEMO");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-policy-back")).getText())
                .isEqualTo("Back to the policy of project DEMO");

        field(REPLY_WINDOW).sendKeys("6");
        save();
        browser.waitForText(By.cssSelector("#async-work-policy .async-work-messages"), "Policy saved");

        browser.driver().findElement(By.cssSelector(".async-work-policy-back a")).click();
        WebElement listed = browser.waitForText(By.cssSelector(".async-work-policy-type-list li"), "Bug");
        assertThat(listed.getText()).isEqualTo("Bug 1 setting of its own");
        assertThat(new Select(browser.driver().findElement(By.id("async-work-policy-add-type"))).getOptions())
                .extracting(WebElement::getText).doesNotContain("Bug").contains("Story", "Task", "Epic");
        browser.screenshot("browser-policy-project-types-listed");
    }

    @Test
    void twoBadFieldsOfAnIssueTypesPolicyAreSummarisedWithALinkToEach() {
        browser.signIn("alice");
        browser.open("/secure/async-work/admin?project=DEMO&type=Task");
        browser.requireSharedUi("async-work-policy");

        // Both refused by the server, in one answer.
        field(REPLY_WINDOW).sendKeys("0");
        field(REMINDER).sendKeys("150");
        save();
        assertSummaryLinks(REPLY_WINDOW, REMINDER);
        screenshotOfTheSummary("browser-policy-summary-server");

        // One the form cannot read and one the server refuses: still one round, one summary.
        field(REPLY_WINDOW).clear();
        field(REPLY_WINDOW).sendKeys("soon");
        save();
        List<WebElement> links = assertSummaryLinks(REPLY_WINDOW, REMINDER);
        assertThat(links.get(0).getText()).isEqualTo("Reply window: Enter a number.");
        assertThat(browser.driver().findElement(By.cssSelector("[data-error-for='reply.defaultWindow']")).getText())
                .isEqualTo("Enter a number.");
        screenshotOfTheSummary("browser-policy-summary-mixed");

        // Nothing was saved: the type still has no policy of its own.
        browser.open("/secure/async-work/admin?project=DEMO");
        assertThat(types().findElements(By.cssSelector(".async-work-policy-type-list li")))
                .extracting(WebElement::getText).noneMatch(text -> text.startsWith("Task"));
    }

    @Test
    void aSpaceAdminAddsAnActionItemPolicyFromTheSpaceAndSeesTwoBadFieldsSummarised() {
        browser.signIn("bob");
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.id("space-policy")).click();

        browser.requireSharedUi("async-work-policy");
        assertThat(types().getText()).contains("Page and action item policies");
        new Select(browser.driver().findElement(By.id("async-work-policy-add-type"))).selectByVisibleText("Action items");
        types().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector("#async-work-policy h2"), "policy of action-item content in space TEAM");

        field(CONFIRMATION_WINDOW).sendKeys("4");
        save();
        browser.waitForText(By.cssSelector("#async-work-policy .async-work-messages"), "Policy saved");

        field(DIGEST_AT).sendKeys("nine");
        field(FEEDBACK_WINDOW).sendKeys("-1");
        save();
        assertSummaryLinks(DIGEST_AT, FEEDBACK_WINDOW);
        screenshotOfTheSummary("browser-policy-space-summary");

        browser.driver().findElement(By.cssSelector(".async-work-policy-back a")).click();
        browser.waitForText(By.cssSelector(".async-work-policy-type-list li"), "Action items 1 setting of its own");
        browser.screenshot("browser-policy-space-types-listed");
    }

    @Test
    void someoneWhoMayNotAdministerSeesNoLinkAndIsRefusedTheScreens() {
        browser.signIn("dinesh");
        browser.open("/browse/DEMO");
        browser.requireSharedUi("async-work-project-DEMO");
        assertThat(browser.driver().findElements(By.id("async-work-project-policy-link"))).isEmpty();
        browser.open("/spaces/TEAM");
        assertThat(browser.driver().findElements(By.id("space-policy"))).isEmpty();

        for (String screen : List.of("/secure/async-work/admin?project=DEMO", "/secure/async-work/admin?space=TEAM",
                "/secure/async-work/admin?project=DEMO&type=Bug")) {
            browser.open(screen);
            assertThat(browser.driver().findElements(By.cssSelector(".async-work-policy-form"))).as(screen).isEmpty();
            assertThat(browser.driver().findElement(By.id("content")).getText()).as(screen)
                    .contains("Only administrators of this project or space");
        }
        browser.screenshot("browser-policy-refused");
    }

    /**
     * The summary at the top lists the fields in form order, each a link; focus is on the first field, and each link
     * moves focus to its own.
     */
    private static List<WebElement> assertSummaryLinks(String firstId, String secondId) {
        WebElement summary = browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-policy-summary")).stream()
                .findFirst().orElse(null));
        assertThat(summary.getAttribute("class")).contains("aui-message-error");
        List<WebElement> links = summary.findElements(By.cssSelector("li a"));
        assertThat(links).extracting(a -> a.getAttribute("href").replaceAll(".*#", ""))
                .containsExactly(firstId, secondId);
        assertThat(activeId()).isEqualTo(firstId);
        links.get(1).click();
        assertThat(activeId()).isEqualTo(secondId);
        links.get(0).click();
        assertThat(activeId()).isEqualTo(firstId);
        return links;
    }

    /** The page from its top, where the summary is (focus on a field scrolls it away). */
    private static void screenshotOfTheSummary(String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot(name);
    }

    private static String activeId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private static WebElement types() {
        return browser.driver().findElement(By.cssSelector(".async-work-policy-types"));
    }

    private static WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static void save() {
        browser.driver().findElement(By.cssSelector(".async-work-policy-form button[type=submit]")).click();
    }
}
