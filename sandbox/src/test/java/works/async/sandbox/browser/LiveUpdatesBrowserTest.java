package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * After an in-place action the screen shows what the server now says, without a reload: the issue panel's state
 * lozenge and history, a page's banner, a report's outcome. What happened is announced, focus stays in the screen,
 * and no script fails.
 */
class LiveUpdatesBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC (04:30 for Bob in New York). */
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
    void proposingATimeAndAnsweringInThePanelUpdateItsLozengeAndHistoryInPlace() {
        String question = "Can the digest skip empty weeks?";
        browser.signIn("alice");
        browser.open("/browse/DEMO-5");
        browser.driver().findElement(By.cssSelector(PANEL + " [data-action=show-request]")).click();
        browser.driver().findElement(By.cssSelector(PANEL + " [name=recipients]")).sendKeys("bob");
        browser.driver().findElement(By.cssSelector(PANEL + " [name=question]")).sendKeys(question);
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-request-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector(PANEL + " .async-work-open-replies"), question);
        awaitAnnounced("Reply requested.");

        browser.signIn("bob");
        browser.open("/browse/DEMO-5");
        watch.markDocument();
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-open-replies [data-action=show-renegotiate]"))
                .click();
        WebElement until = browser.driver().findElement(By.cssSelector(PANEL + " .async-work-renegotiate-form [name=until]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-12-04T15:00'", until);
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-renegotiate-form button[type=submit]")).click();

        WebElement proposed = browser.waitForText(By.cssSelector(PANEL + " .async-work-open-replies"), "Proposed by Bob");
        // AUI upper-cases lozenges, and WebDriver reports text as shown.
        assertThat(proposed.getText()).containsIgnoringCase("New time proposed").contains("Originally due");
        awaitAnnounced("New time proposed.");
        assertThat(watch.focusInside(PANEL + " .async-work-open-replies")).as("focus stays on the request").isTrue();

        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-open-replies [data-action=answer]")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(PANEL + " .async-work-open-replies")).isEmpty() ? true : null);
        browser.driver().findElement(By.cssSelector(PANEL + " .async-work-closed-replies summary")).click();
        WebElement closed = browser.waitForText(By.cssSelector(PANEL + " .async-work-closed-replies"), question);
        assertThat(closed.getText()).containsIgnoringCase("Answered").contains("Answered by Bob Miller", "(your time, ");
        watch.assertNotReloaded();
        awaitAnnounced("Marked as answered.");
        assertThat(watch.focusInside(PANEL)).as("focus stays in the panel").isTrue();
        watch.assertNoScriptErrors();
        browser.screenshot("live-panel-proposed-then-answered");
    }

    @Test
    void answeringOnAPageUpdatesThePageBannerInPlace() {
        String question = "Who signs off the welcome email?";
        browser.signIn("alice");
        openPage("Launch plan");
        String page = browser.driver().getCurrentUrl();
        WebElement ask = browser.driver().findElement(By.cssSelector(".async-work-questions .async-work-ask-form"));
        ask.findElement(By.name("recipient")).sendKeys("emma");
        ask.findElement(By.name("question")).sendKeys(question);
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".async-work-questions .async-work-open-replies"), question);

        browser.signIn("emma");
        browser.driver().get(page);
        WebElement banner = browser.waitForText(By.cssSelector(".async-work-banner"), question);
        assertThat(banner.getText()).as("the banner's due time names Emma's clock").contains("(your time, America/Sao_Paulo)");
        watch.markDocument();
        WebElement answer = browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-questions [data-reply-id]"))
                .stream().filter(e -> e.getText().contains(question)).findFirst()
                .map(e -> e.findElement(By.cssSelector(".async-work-answer-form"))).orElse(null));
        answer.findElement(By.name("text")).sendKeys("Dinesh does, by Friday.");
        answer.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-banner")).stream()
                .noneMatch(e -> e.getText().contains(question)) ? true : null);
        watch.assertNotReloaded();
        awaitAnnounced("Marked as answered.");
        assertThat(watch.focusInside(".async-work-questions")).isTrue();
        watch.assertNoScriptErrors();
        browser.screenshot("live-page-banner-after-answer");
    }

    @Test
    void theLastRequiredFeedbackShowsTheReportsOutcomeInPlace() throws Exception {
        browser.signIn("admin");
        openPage("Weekly update");
        String reportId = browser.driver().findElement(By.cssSelector(".async-work-report")).getAttribute("id")
                .substring("async-work-report-".length());
        List<String> required = requiredReviewers(browser, reportId);
        for (String reviewer : required.subList(0, required.size() - 1)) {
            post(browser, reviewer, "/rest/async-work/1.0/reports/" + reportId + "/feedback", "{\"kind\":\"ACKNOWLEDGE\"}");
        }

        browser.signIn(required.get(required.size() - 1));
        openPage("Weekly update");
        assertThat(browser.driver().findElements(By.cssSelector(".async-work-report .async-work-outcome"))).isEmpty();
        watch.markDocument();
        browser.driver().findElement(By.cssSelector(".async-work-feedback-form .radio input[value=COMMENT] ~ label")).click();
        browser.driver().findElement(By.cssSelector(".async-work-report textarea[name=text]")).sendKeys("All clear.");
        browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback-form button[type=submit]"))
                .click();

        WebElement outcome = browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-report .async-work-outcome"))
                .stream().findFirst().orElse(null));
        assertThat(outcome.getText()).contains("Outcome:", "acknowledgement");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report tr.async-work-me")).getText())
                .containsIgnoringCase("Commented");
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-report-head")).getText())
                .containsIgnoringCase("Closed");
        watch.assertNotReloaded();
        awaitAnnounced("Feedback sent.");
        assertThat(watch.focusInside(".async-work-report")).isTrue();
        watch.assertNoScriptErrors();
        browser.screenshot("live-report-outcome");
    }

    /** The live region is filled a moment after the re-render (so that a repeat is read again): wait for it. */
    private static void awaitAnnounced(String text) {
        browser.waitFor(d -> text.equals(watch.announced()) ? true : null);
    }

    private static void openPage(String title) {
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.partialLinkText(title)).click();
    }

    /** The report's required reviewers (user names), read over REST as the admin. */
    static List<String> requiredReviewers(SandboxBrowser browser, String reportId) throws Exception {
        String body = send("admin", HttpRequest.newBuilder(URI.create(browser.url("/rest/async-work/1.0/reports/" + reportId)))
                .GET(), 200);
        Matcher m = Pattern.compile("\\{\"user\":\"([^\"]+)\"[^}]*\"role\":\"REQUIRED\"").matcher(body);
        List<String> users = new ArrayList<>();
        while (m.find()) {
            users.add(m.group(1));
        }
        assertThat(users).as("the demo report's required reviewers: " + body).isNotEmpty();
        return users;
    }

    /** A JSON POST as {@code user} (demo passwords are the user names), which must succeed. */
    static void post(SandboxBrowser browser, String user, String path, String json) throws Exception {
        send(user, HttpRequest.newBuilder(URI.create(browser.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), -1);
    }

    private static String send(String user, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (expected > 0) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        } else {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        }
        return response.body();
    }
}
