package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The shared UI driven in headless chromium against an in-process sandbox with the demo data: what a person does on
 * each screen and sees change. Each test leaves a screenshot under the build directory's {@code screenshots/}.
 */
class SharedUiBrowserTest {

    /**
     * The sandbox's clock stands here (Wednesday 09:30 in London, 10:30 in Berlin): dates the tests enter are counted
     * from it, not from the wall clock (a commitment "today" written on 1 December failed from Berlin's midnight on).
     */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @Test
    void theOwnerConfirmsOwnershipOnTheIssuePanel() {
        browser.signIn("alice");
        browser.open("/browse/DEMO-1");
        browser.requireSharedUi("async-work-panel");

        // A date input's keystrokes follow the browser's locale; set the value as a date picker would.
        WebElement date = browser.driver().findElement(By.cssSelector("#async-work-panel input[name=committedDate]"));
        String inAWeek = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Berlin")).plusWeeks(1).toString();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date, inAWeek);
        browser.driver().findElement(By.cssSelector("#async-work-panel button[data-action=confirm]")).click();

        WebElement state = browser.waitFor(d -> d.findElements(By.cssSelector("#async-work-panel .async-work-ownership-state"))
                .stream().filter(e -> "CONFIRMED".equals(e.getAttribute("data-state"))).findFirst().orElse(null));
        assertThat(state.getText()).containsIgnoringCase("Confirmed");
        assertThat(browser.driver().findElement(By.cssSelector("#async-work-panel")).getText()).contains("2026");
        assertThat(browser.driver().findElements(By.cssSelector("#async-work-panel button[data-action=confirm]"))).isEmpty();
        browser.screenshot("browser-confirm-ownership");
    }

    @Test
    void aQuestionIsAskedThenAnsweredByItsRecipient() {
        browser.signIn("alice");
        browser.open("/browse/DEMO-5");
        browser.requireSharedUi("async-work-panel");
        String question = "Can the digest go out on Mondays? <b>not bold</b>";

        browser.driver().findElement(By.cssSelector("#async-work-panel [data-action=show-request]")).click();
        browser.driver().findElement(By.cssSelector("#async-work-panel [name=recipients]")).sendKeys("bob");
        browser.driver().findElement(By.cssSelector("#async-work-panel [name=question]")).sendKeys(question);
        browser.driver().findElement(By.cssSelector("#async-work-panel .async-work-request-form button[type=submit]")).click();
        WebElement asked = browser.waitForText(By.cssSelector("#async-work-panel .async-work-open-replies .async-work-reply"),
                question);
        assertThat(asked.getText()).contains("(your time, Europe/Berlin)", "(Bob Miller's time, America/New_York)");

        browser.signIn("bob");
        browser.open("/browse/DEMO-5");
        browser.driver().findElement(By.cssSelector("#async-work-panel .async-work-open-replies [data-action=answer]")).click();
        browser.waitForText(By.cssSelector("#async-work-panel .async-work-closed-replies"), "Answered");
        assertThat(browser.driver().findElements(By.cssSelector("#async-work-panel .async-work-open-replies"))).isEmpty();
        browser.screenshot("browser-request-and-answer");
    }

    @Test
    void aReviewerSeesTheFeedbackKindsPicksCommentAndSendsIt() throws Exception {
        // The demo publishes the weekly update's report; find it on the page, then act as its first required reviewer.
        browser.signIn("admin");
        openWeeklyUpdate();
        String reportId = browser.driver().findElement(By.cssSelector(".async-work-report")).getAttribute("id")
                .substring("async-work-report-".length());
        String reviewer = firstRequiredReviewer(reportId);
        browser.signIn(reviewer);
        openWeeklyUpdate();
        browser.requireSharedUi("async-work-report-" + reportId);
        String owed = ".async-work-banner a[href='#async-work-report-" + reportId + "']";
        assertThat(browser.driver().findElements(By.cssSelector(owed))).as("the banner names the report owed").hasSize(1);
        ((JavascriptExecutor) browser.driver()).executeScript("window.asyncWorkNotReloaded = true;");

        // Each kind of feedback shows AUI's radio glyph (the native radio is hidden by AUI); the reviewer picks Comment.
        // The glyph is drawn by its ::before, so WebDriver's size-based isDisplayed() cannot see it; ask the style.
        assertThat(browser.driver().findElements(By.cssSelector(".async-work-feedback-form .radio .aui-form-glyph"))).hasSize(4);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return Array.from(document.querySelectorAll("
                + "'.async-work-feedback-form .radio .aui-form-glyph')).every(g => getComputedStyle(g, '::before').content !== 'none')"))
                .isEqualTo(Boolean.TRUE);
        browser.driver().findElement(By.cssSelector(".async-work-feedback-form .radio input[value=COMMENT] ~ label")).click();
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-feedback-form input[value=COMMENT]")).isSelected())
                .isTrue();
        browser.driver().findElement(By.cssSelector(".async-work-report textarea[name=text]")).sendKeys("Read it, thanks.");
        browser.driver().findElement(By.cssSelector(".async-work-report .async-work-feedback-form button[type=submit]")).click();

        browser.waitForText(By.cssSelector(".async-work-report .async-work-feedback"), "Read it, thanks.");
        // The banner follows without a reload: the report no longer waits on this reviewer.
        browser.waitFor(d -> d.findElements(By.cssSelector(owed)).isEmpty() ? true : null);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.asyncWorkNotReloaded === true;"))
                .as("the page was not reloaded").isEqualTo(Boolean.TRUE);
        // AUI lozenges are upper-cased by CSS, and WebDriver reports the text as shown.
        assertThat(browser.driver().findElement(By.cssSelector(".async-work-report tr.async-work-me")).getText())
                .containsIgnoringCase("Comment");
        browser.screenshot("browser-report-feedback");
    }

    @Test
    void theHeadersLogOutButtonPostsTheFormAndPagesAskForTheLoginAgain() {
        browser.signIn("dinesh");
        browser.open("/issues");
        WebElement logout = browser.driver().findElement(By.id("logout"));
        // A button in a form posting the session's token, looking like the header's other links (AUI's link button).
        assertThat(logout.getTagName()).isEqualTo("button");
        assertThat(logout.getAttribute("class")).contains("aui-button-link");
        WebElement form = logout.findElement(By.xpath("./ancestor::form"));
        assertThat(form.getAttribute("method")).isEqualToIgnoringCase("post");
        assertThat(form.findElement(By.name("atl_token")).getAttribute("value")).isNotBlank();
        assertThat(logout.isDisplayed()).isTrue();
        browser.screenshot("browser-header-logout");

        logout.click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        browser.open("/secure/async-work/settings");
        assertThat(browser.driver().getCurrentUrl()).contains("/login?os_destination=");
        assertThat(browser.driver().findElements(By.id("logout"))).isEmpty();
    }

    @Test
    void anInvalidPolicyValueIsShownNextToItsFieldAndNothingIsSaved() {
        browser.signIn("admin");
        browser.open("/secure/async-work/admin");
        browser.requireSharedUi("async-work-policy");

        WebElement percent = browser.driver().findElement(By.cssSelector("[name='reply.reminderFraction']"));
        percent.clear();
        percent.sendKeys("150");
        browser.driver().findElement(By.cssSelector(".async-work-policy-form button[type=submit]")).click();

        WebElement error = browser.waitFor(d -> d.findElements(
                By.cssSelector("[data-error-for='reply.reminderFraction']")).stream()
                .filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(error.getText()).isNotBlank();
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].closest('.field-group').scrollIntoView({block: 'center'})", error);
        browser.screenshot("browser-policy-validation");

        browser.open("/secure/async-work/admin");
        assertThat(browser.driver().findElement(By.cssSelector("[name='reply.reminderFraction']")).getAttribute("value"))
                .isNotEqualTo("150");
    }

    @Test
    void anAdministratorEscalatesToAGroupNamedOnThePolicyForm() throws Exception {
        browser.signIn("admin");
        browser.open("/secure/async-work/admin");
        browser.requireSharedUi("async-work-policy");
        Select target = new Select(browser.driver().findElement(By.cssSelector("select[name='reply.escalationTarget']")));
        WebElement groupName = browser.driver().findElement(By.cssSelector("[name='reply.escalationTarget.group']"));
        target.selectByValue("REPORTER");
        assertThat(groupName.isDisplayed()).as("the group name is asked for only when the target is a group").isFalse();

        target.selectByValue("GROUP");
        assertThat(groupName.isDisplayed()).isTrue();
        groupName.clear();
        browser.driver().findElement(By.cssSelector(".async-work-policy-form button[type=submit]")).click();
        // No name yet: refused next to the field.
        WebElement error = browser.waitFor(d -> d.findElements(By.cssSelector("[data-error-for='reply.escalationTarget']"))
                .stream().filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(error.getText()).isNotBlank();

        groupName.sendKeys("release-managers");
        browser.driver().findElement(By.cssSelector(".async-work-policy-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".async-work-policy .async-work-messages"), "saved");

        browser.open("/secure/async-work/admin");
        browser.requireSharedUi("async-work-policy");
        assertThat(new Select(browser.driver().findElement(By.cssSelector("select[name='reply.escalationTarget']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("GROUP");
        assertThat(browser.driver().findElement(By.cssSelector("[name='reply.escalationTarget.group']")).getAttribute("value"))
                .isEqualTo("release-managers");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver().findElement(By.cssSelector("[name='reply.escalationTarget.group']")));
        browser.screenshot("browser-policy-escalation-group");
        assertThat(getAsAdmin("/rest/async-work/1.0/policies/global"))
                .contains("\"kind\":\"GROUP\"").contains("\"group\":\"release-managers\"");
    }

    @Test
    void changingOnesWorkingHoursMovesTheDueTimePreview() {
        browser.signIn("carol");
        browser.open("/secure/async-work/settings");
        browser.requireSharedUi("async-work-settings");
        WebElement preview = browser.waitFor(d -> {
            WebElement out = d.findElement(By.cssSelector(".async-work-preview-due"));
            return out.getAttribute("data-due-at") == null ? null : out;
        });
        String before = preview.getAttribute("data-due-at");

        // Half days: the same 16 working hours now take twice as many days.
        browser.driver().findElements(By.cssSelector(".async-work-day .async-work-interval [name=end]")).forEach(end -> {
            end.clear();
            end.sendKeys("13:00");
        });
        assertThat(browser.driver().findElement(By.cssSelector("[name=usePolicy]")).isSelected())
                .as("editing the hours stops using the team's default hours").isFalse();
        browser.driver().findElement(By.cssSelector(".async-work-settings-form button[type=submit]")).click();

        WebElement moved = browser.waitFor(d -> {
            WebElement out = d.findElement(By.cssSelector(".async-work-preview-due"));
            String now = out.getAttribute("data-due-at");
            return now != null && !now.equals(before) ? out : null;
        });
        assertThat(moved.getAttribute("data-due-at")).isGreaterThan(before);
        browser.waitForText(By.cssSelector(".async-work-settings .async-work-messages"), "saved");
        browser.screenshot("browser-working-hours");
    }

    @Test
    void theZoneIsChosenOnTheProfileThatTheSettingsLinkTo() {
        browser.signIn("dinesh");
        browser.open("/secure/async-work/settings");
        browser.requireSharedUi("async-work-settings");
        WebElement zone = browser.driver().findElement(By.id("async-work-zone"));
        assertThat(zone.getAttribute("value")).isEqualTo("Asia/Kolkata");
        assertThat(zone.getAttribute("readonly")).as("the zone is not edited on the settings screen").isNotNull();

        browser.driver().findElement(By.id("async-work-profile-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/secure/ViewProfile.jspa") ? true : null);
        new Select(browser.driver().findElement(By.id("profile-zone"))).selectByValue("Asia/Singapore");
        browser.driver().findElement(By.id("profile-submit")).click();
        browser.waitFor(d -> d.findElements(By.id("profile-saved")).isEmpty() ? null : true);
        browser.screenshot("browser-profile-zone");
        try {
            browser.open("/secure/async-work/settings");
            browser.requireSharedUi("async-work-settings");
            assertThat(browser.driver().findElement(By.id("async-work-zone")).getAttribute("value"))
                    .isEqualTo("Asia/Singapore");
            assertThat(browser.driver().findElement(By.id("profile-link")).getText()).contains("Asia/Singapore");
        } finally {
            browser.open("/secure/ViewProfile.jspa");
            new Select(browser.driver().findElement(By.id("profile-zone"))).selectByValue("Asia/Kolkata");
            browser.driver().findElement(By.id("profile-submit")).click();
            browser.waitFor(d -> d.findElements(By.id("profile-saved")).isEmpty() ? null : true);
        }
    }

    private static void openWeeklyUpdate() {
        browser.open("/spaces/TEAM");
        browser.driver().findElement(By.partialLinkText("Weekly update")).click();
    }

    /** The user name of the report's first required reviewer, read over REST as the admin. */
    private static String firstRequiredReviewer(String reportId) throws Exception {
        String body = getAsAdmin("/rest/async-work/1.0/reports/" + reportId);
        Matcher m = Pattern.compile("\\{\"user\":\"([^\"]+)\"[^}]*\"role\":\"REQUIRED\"").matcher(body);
        assertThat(m.find()).as("the demo report has a required reviewer: " + body).isTrue();
        return m.group(1);
    }

    /** The body of a REST GET as the admin, which must answer 200. */
    private static String getAsAdmin(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }
}
