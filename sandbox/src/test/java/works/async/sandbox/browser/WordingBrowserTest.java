package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The words the screens use, as a person reads them in the browser: why a request closed, a decline that stays
 * visible after reassigning, an optional reviewer's form after the required reviewers responded, and whose clock
 * every time is on.
 */
class WordingBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    private static final String PANEL = "#async-work-panel";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();
    private static PageWatch watch;

    @BeforeAll
    static void watchPages() {
        watch = PageWatch.install(browser.driver());
    }

    @Test
    void resolvingAnIssueWhoseOwnerHadNotAnsweredReadsClosedIssueResolved() {
        // DEMO-3 waits for Emma's confirmation; Alice, its reporter, resolves it.
        browser.signIn("alice");
        browser.open("/browse/DEMO-3");
        assertThat(ownershipState()).containsIgnoringCase("Awaiting confirmation");
        browser.driver().findElement(By.id("resolve-submit")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(PANEL + " .async-work-ownership-state")).stream()
                .anyMatch(e -> e.getText().toLowerCase().contains("closed: issue resolved")) ? true : null);
        assertThat(ownershipState()).doesNotContainIgnoringCase("Withdrawn");
        assertThat(browser.driver().findElement(By.cssSelector(PANEL + " .async-work-ownership .async-work-closed")).getText())
                .contains("the issue was resolved before the owner answered", "(your time, Europe/Berlin)");
        watch.assertNoScriptErrors();
        browser.screenshot("wording-closed-issue-resolved");
    }

    @Test
    void aDeclineStaysVisibleInThePanelAfterTheIssueIsReassigned() {
        String reason = "I am on the mobile release until the 18th.";
        browser.signIn("dinesh");
        browser.open("/browse/DEMO-4");
        browser.driver().findElement(By.cssSelector(PANEL + " [data-action=show-decline]")).click();
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-decline-form [name=reason]")).sendKeys(reason);
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-decline-form button[type=submit]")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(PANEL + " .async-work-ownership-state[data-state=DECLINED]"))
                .stream().findFirst().orElse(null));

        browser.signIn("emma");
        browser.open("/browse/DEMO-4");
        new Select(browser.driver().findElement(By.id("assignee-select"))).selectByValue("carol");
        browser.driver().findElement(By.id("assign-submit")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(PANEL + " .async-work-ownership-state[data-state=REQUESTED]"))
                .stream().filter(e -> e.getText().contains("Carol")).findFirst().orElse(null));
        WebElement earlier = browser.driver().findElement(By.cssSelector(PANEL + " .async-work-ownership-history"));
        assertThat(earlier.getText()).containsIgnoringCase("Declined").contains("Dinesh Rao", reason,
                "Declined by Dinesh Rao");
        watch.assertNoScriptErrors();
        browser.screenshot("wording-decline-kept-after-reassign");
    }

    @Test
    void anOptionalReviewerStillGivesFeedbackAfterTheRequiredReviewersAllResponded() throws Exception {
        browser.signIn("admin");
        openWeeklyUpdate();
        String reportId = browser.driver().findElement(By.cssSelector(".async-work-report")).getAttribute("id")
                .substring("async-work-report-".length());
        List<String> required = requiredReviewers(reportId);
        for (String reviewer : required) {
            post(reviewer, "/rest/async-work/1.0/reports/" + reportId + "/feedback", "{\"kind\":\"ACKNOWLEDGE\"}");
        }

        // Emma is the demo report's optional reviewer.
        browser.signIn("emma");
        openWeeklyUpdate();
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-outcome")).getText())
                .contains("Outcome:");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-late-feedback")).getText())
                .contains("as an optional reviewer you can still give feedback until", "(your time, America/Sao_Paulo)");
        browser.driver().findElement(By.cssSelector(".async-work-feedback-form .radio input[value=QUESTION] ~ label")).click();
        browser.driver().findElement(By.cssSelector(".async-work-report textarea[name=text]"))
                .sendKeys("Does week 48 move the launch?");
        browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback-form button[type=submit]"))
                .click();

        browser.waitForText(By.cssSelector(".async-work-report .async-work-feedback"), "Does week 48 move the launch?");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback")).getText())
                .containsIgnoringCase("Asked a question").containsIgnoringCase("Acknowledged");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-outcome")).getText())
                .contains("1 open question");
        watch.assertNoScriptErrors();
        browser.screenshot("wording-optional-reviewer-after-close");
    }

    @Test
    void everyTimeShownSaysWhoseClockItIsOn() {
        browser.signIn("carol");
        browser.open("/browse/DEMO-5");
        // Carol (Auckland) owns DEMO-5 and is asked to confirm: her own clock, named.
        assertThat(browser.driver().findElement(By.cssSelector(PANEL + " .async-work-ownership .async-work-due")).getText())
                .contains("(your time, Pacific/Auckland)");

        browser.signIn("alice");
        browser.open("/browse/DEMO-7");
        browser.driver().findElement(By.cssSelector(PANEL + " [data-action=show-request]")).click();
        browser.driver().findElement(By.cssSelector(PANEL + " [name=recipients]")).sendKeys("bob");
        browser.driver().findElement(By.cssSelector(PANEL + " [name=question]")).sendKeys("Which first day do we ship?");
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-request-form button[type=submit]")).click();
        WebElement asked = browser.waitForText(By.cssSelector(PANEL + " .async-work-open-replies"), "Which first day");
        assertThat(asked.getText()).contains("(your time, Europe/Berlin)", "(Bob Miller's time, America/New_York)");
        browser.screenshot("wording-times-panel");

        browser.open("/secure/async-work/settings");
        WebElement preview = browser.waitFor(d -> {
            WebElement out = d.findElement(By.cssSelector(".async-work-preview-due"));
            return out.getAttribute("data-due-at") == null ? null : out;
        });
        assertThat(preview.getText()).endsWith("(your time, Europe/Berlin)");

        // The weekly update's deadlines and closing time name the reader's clock (the banner's: LiveUpdatesBrowserTest).
        openWeeklyUpdate();
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report")).getText())
                .contains("(your time, Europe/Berlin)");
        watch.assertNoScriptErrors();
        browser.screenshot("wording-times-report");
    }

    private static String ownershipState() {
        return browser.driver().findElement(By.cssSelector(PANEL + " .async-work-ownership-state")).getText();
    }

    private static void openWeeklyUpdate() {
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.partialLinkText("Weekly update")).click();
    }

    private static List<String> requiredReviewers(String reportId) throws Exception {
        return LiveUpdatesBrowserTest.requiredReviewers(browser, reportId);
    }

    private static void post(String user, String path, String json) throws Exception {
        LiveUpdatesBrowserTest.post(browser, user, path, json);
    }
}
