package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import works.async.core.testing.MutableClock;

/**
 * The sandbox's page editor and comment form in headless chromium, as a newcomer uses them: write a report in a page
 * and see a reviewer give feedback in it; write an action item that its owner confirms in the page; answer a
 * question on a page by commenting on it.
 */
class PageEditorBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC; moved only by a test, never by the wall clock. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-02T09:30:00Z"));

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(CLOCK);
    private static final SandboxBrowser browser = SESSION.browser();

    /** Creates a page in TEAM through the editor: the title typed, the body from the macro button, then saved. */
    private static String createPage(String title, String macro, String before) {
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.id("create-page-link")).click();
        browser.driver().findElement(By.id("page-title")).sendKeys(title);
        WebElement body = browser.driver().findElement(By.id("page-body"));
        body.sendKeys(before);
        browser.driver().findElement(By.cssSelector("button.sandbox-insert-macro[data-macro='" + macro + "']")).click();
        assertThat(body.getAttribute("value")).startsWith(before).contains("<ac:structured-macro ac:name=\"" + macro + "\"");
        browser.screenshot("browser-page-editor-form-" + macro);
        browser.driver().findElement(By.id("page-save")).click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/spaces/TEAM/pages/\\d+$") ? true : null);
        assertThat(browser.driver().findElement(By.id("title-text")).getText()).isEqualTo(title);
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    @Test
    void anAuthorWritesAReportInAPageAndAReviewerGivesFeedbackInIt() {
        browser.signIn("bob");
        // The report button inserts reviewers alice and carol, a 16-hour window and a body to write over.
        String page = createPage("Sprint 48 update", "async-report", "<p>Written instead of Monday's meeting.</p>");
        browser.requireSharedUi(browser.driver().findElement(By.cssSelector(".async-work-report")).getAttribute("id"));
        assertThat(browser.driver().findElement(By.id("main-content")).getText())
                .contains("Written instead of Monday's meeting.").contains("What happened, what is next.");

        browser.signIn("alice");
        browser.open(page);
        browser.driver().findElement(By.cssSelector(".async-work-feedback-form .radio input[value=COMMENT] ~ label")).click();
        browser.driver().findElement(By.cssSelector(".async-work-report textarea[name=text]")).sendKeys("Clear, thanks.");
        browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".async-work-report .async-work-feedback"), "Clear, thanks.");

        browser.signIn("bob");
        browser.open(page);
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback")).getText())
                .contains("Clear, thanks.");
        browser.screenshot("browser-page-editor-report");
    }

    @Test
    void anActionItemWrittenInAPageIsConfirmedByItsOwnerInThePage() {
        browser.signIn("alice");
        // The action item button names dinesh as the owner.
        String page = createPage("Release checklist", "async-action-item", "<p>Before Friday:</p>");

        browser.signIn("dinesh");
        browser.open(page);
        browser.driver().findElement(By.cssSelector(".async-work-action-item button[data-action=confirm]")).click();

        WebElement state = browser.waitFor(d -> d.findElements(By.cssSelector(".async-work-action-item [data-state]"))
                .stream().filter(e -> "CONFIRMED".equals(e.getAttribute("data-state"))).findFirst().orElse(null));
        assertThat(state.getText()).containsIgnoringCase("Confirmed");
        assertThat(browser.driver().findElements(By.cssSelector(".async-work-action-item button[data-action=confirm]")))
                .isEmpty();
        browser.screenshot("browser-page-editor-action-item");
    }

    @Test
    void aCommentOnThePageAnswersTheQuestionAskedThere() throws Exception {
        browser.signIn("alice");
        String page = createPage("Design question", "async-open-questions", "<p>Two ways to store drafts.</p>");
        String pageId = page.substring(page.lastIndexOf('/') + 1);
        post("alice", "/rest/async-work/1.0/pages/" + pageId + "/reply-requests",
                "{\"recipient\":\"carol\",\"question\":\"Drafts in the page or in a table?\"}");
        // A comment answers the questions asked before it.
        CLOCK.advance(Duration.ofMinutes(10));

        browser.signIn("carol");
        browser.open(page);
        browser.waitForText(By.cssSelector(".async-work-questions .async-work-reply"), "Drafts in the page or in a table?");
        browser.driver().findElement(By.id("comment-body")).sendKeys("In the page: one place to read.");
        browser.driver().findElement(By.id("comment-submit")).click();

        browser.waitForText(By.cssSelector("#page-comments .sandbox-comment"), "In the page: one place to read.");
        // The question leaves the open list and is kept, answered, among the page's closed questions.
        assertThat(browser.driver().findElements(By.cssSelector(".async-work-questions .async-work-open-replies .async-work-reply")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".async-work-questions .async-work-closed-replies .async-work-reply"))
                .stream().map(e -> e.getAttribute("data-state")).toList()).containsExactly("ANSWERED");
        browser.screenshot("browser-page-comment-answers");
    }

    /** A REST POST as {@code user} (Basic auth), which must answer 201. */
    private static void post(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isEqualTo(201);
    }
}
