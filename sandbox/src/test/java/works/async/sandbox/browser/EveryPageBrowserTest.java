package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page of the sandbox, as an administrator and as an ordinary user, in a 1024 x 768 window: no JavaScript
 * error in the browser's console, no header item drawn over another, nothing wider than the window, and the error
 * pages (an unknown address, a refused request) in the product's look with a way home. A screenshot of each is kept
 * as {@code every-page-<user>-<page>.png}.
 */
class EveryPageBrowserTest {

    /** Wednesday 2 December 2026, 09:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
    /** The smallest desktop window Jira and Confluence support. */
    private static final Dimension SMALL_DESKTOP = new Dimension(1024, 768);
    /** The demo page with action items and open questions; its id is looked up on the space page. */
    private static final String LAUNCH_PLAN = "{launch-plan}";

    /**
     * The sandbox's pages. Add a page here when you add one to the sandbox: {@code page} for one that should open,
     * {@code error} for an address that should answer with an error page, {@code refusedPost} for a form post the
     * sandbox refuses.
     */
    static final List<Visit> PAGES = List.of(
            page("issue", "/browse/DEMO-1"),
            page("issues", "/issues"),
            page("spaces", "/spaces"),
            page("space", "/spaces/TEAM"),
            page("page", "/spaces/TEAM/pages/" + LAUNCH_PLAN),
            page("page-editor", "/spaces/TEAM/pages/" + LAUNCH_PLAN + "/edit"),
            page("page-create", "/spaces/TEAM/create"),
            page("profile", "/secure/ViewProfile.jspa"),
            page("settings", "/secure/async-work/settings"),
            page("policy-global", "/secure/async-work/admin"),
            page("policy-project", "/secure/async-work/admin?project=DEMO"),
            page("policy-issue-type", "/secure/async-work/admin?project=DEMO&type=Bug"),
            page("policy-space", "/secure/async-work/admin?space=TEAM"),
            page("project-page", "/secure/async-work/project/DEMO"),
            page("insights", "/secure/async-work/insights/DEMO"),
            page("space-insights", "/secure/async-work/space-insights/TEAM"),
            page("outbox", "/secure/async-work/outbox"),
            page("waiting-for-me", "/secure/async-work/waiting"),
            page("mailbox", "/mailbox"),
            page("restricted-issue", "/browse/HR-1"),
            page("login", "/login"),
            error("unknown-url", "/no/such/page"),
            error("unknown-issue", "/browse/NOPE-1"),
            refusedPost("refused-comment-without-token", "/spaces/TEAM/pages/" + LAUNCH_PLAN + "/comments"),
            refusedPost("method-not-allowed", "/secure/async-work/settings"));

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession(NOW);
    private static final SandboxBrowser browser = SESSION.browser();

    @BeforeAll
    static void smallDesktopWindow() {
        browser.driver().manage().window().setSize(SMALL_DESKTOP);
    }

    @ParameterizedTest(name = "every page as {0}")
    @ValueSource(strings = {"admin", "bob"})
    void everyPageOpensWithoutScriptErrorsAndItsHeaderFitsASmallDesktopWindow(String user) {
        browser.signIn(user);
        browser.consoleErrors(); // what signing in logged belongs to the login page's visit below
        String launchPlan = launchPlanId();
        List<String> problems = new ArrayList<>();
        for (Visit visit : PAGES) {
            String path = visit.path().replace(LAUNCH_PLAN, launchPlan);
            if (visit.post()) {
                postWithoutToken(path);
            } else {
                browser.open(path);
            }
            settle();
            String where = user + " " + visit.name() + " (" + path + ")";
            String address = browser.driver().getCurrentUrl();
            browser.consoleErrors().stream()
                    // The page's own error status (a 404 page answers 404) is the answer asked for, not a fault.
                    .filter(e -> !(e.startsWith(address + " - Failed to load resource: the server responded with a status of")))
                    .forEach(e -> problems.add(where + ": console error " + e));
            problems.addAll(overlaps(where));
            if (visit.error()) {
                problems.addAll(errorPageProblems(where));
            }
            browser.screenshot("every-page-" + user + "-" + visit.name());
        }
        assertThat(problems).isEmpty();
    }

    /** Two visible header items whose boxes intersect, and a page wider than the window. */
    private static List<String> overlaps(String where) {
        List<String> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) js().executeScript(
                "return Array.from(document.querySelectorAll('#header .aui-header-logo, #header .aui-nav > li'))"
                        + ".map(e => ({text: e.textContent.trim().replace(/\\s+/g, ' '), r: e.getBoundingClientRect()}))"
                        + ".filter(b => b.r.width > 0 && b.r.height > 0)"
                        + ".map(b => ({text: b.text, left: b.r.left, right: b.r.right, top: b.r.top, bottom: b.r.bottom}));");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (intersect(boxes.get(i), boxes.get(j))) {
                    found.add(where + ": header items overlap: '" + boxes.get(i).get("text") + "' and '"
                            + boxes.get(j).get("text") + "'");
                }
            }
        }
        long scrollWidth = ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
        long viewport = ((Number) js().executeScript("return document.documentElement.clientWidth;")).longValue();
        if (scrollWidth > viewport) {
            found.add(where + ": the page is " + scrollWidth + " px wide in a " + viewport + " px window");
        }
        return found;
    }

    private static boolean intersect(Map<String, Object> a, Map<String, Object> b) {
        // Half a pixel of tolerance: neighbours that merely touch share an edge.
        return num(a, "left") < num(b, "right") - 0.5 && num(b, "left") < num(a, "right") - 0.5
                && num(a, "top") < num(b, "bottom") - 0.5 && num(b, "top") < num(a, "bottom") - 0.5;
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** An error page is the product's page: its header, a heading, an explanation, a link home; nothing technical. */
    private static List<String> errorPageProblems(String where) {
        List<String> found = new ArrayList<>();
        if (browser.driver().findElements(By.cssSelector("#header .aui-header")).isEmpty()) {
            found.add(where + ": the error page has no product header");
        }
        List<WebElement> error = browser.driver().findElements(By.id("sandbox-error"));
        if (error.isEmpty()) {
            found.add(where + ": no error page (#sandbox-error)");
            return found;
        }
        if (error.get(0).findElements(By.tagName("h1")).isEmpty()
                || error.get(0).findElements(By.cssSelector("p.sandbox-error-message")).isEmpty()
                || error.get(0).findElements(By.cssSelector("a.sandbox-error-home[href$='/issues']")).isEmpty()) {
            found.add(where + ": the error page lacks its heading, explanation or link home: " + error.get(0).getText());
        }
        String text = browser.driver().findElement(By.tagName("body")).getText();
        for (String technical : List.of("HTTP ERROR", "HTTP method", "Jetty", "Exception", "works.async", "Servlet")) {
            if (text.contains(technical)) {
                found.add(where + ": the error page shows '" + technical + "'");
            }
        }
        return found;
    }

    /** The launch plan's page id, from its link on the space page. */
    private static String launchPlanId() {
        browser.open("/spaces/TEAM");
        String href = browser.driver().findElements(By.cssSelector("a[href*='/spaces/TEAM/pages/']")).stream()
                .filter(a -> a.getText().contains("Launch plan")).findFirst().orElseThrow().getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** A form post without the session's token, as a page on another site could send. */
    private static void postWithoutToken(String path) {
        browser.open("/issues");
        js().executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + "const i = document.createElement('input'); i.name = 'body'; i.value = 'x'; f.appendChild(i);"
                + "document.body.appendChild(f); f.submit();", browser.url(path));
        browser.waitFor(d -> d.getCurrentUrl().endsWith(path) ? Boolean.TRUE : null);
    }

    /**
     * Waits until the page has loaded and its scripts have stopped fetching (the screens render from REST): the
     * count of loaded resources is the same at two polls in a row.
     */
    private static void settle() {
        long[] last = {-1};
        browser.waitFor(d -> {
            Object count = js().executeScript("return document.readyState === 'complete'"
                    + " ? performance.getEntriesByType('resource').length : -1;");
            long now = ((Number) count).longValue();
            boolean stable = now >= 0 && now == last[0];
            last[0] = now;
            return stable ? Boolean.TRUE : null;
        });
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private static Visit page(String name, String path) {
        return new Visit(name, path, false, false);
    }

    private static Visit error(String name, String path) {
        return new Visit(name, path, false, true);
    }

    private static Visit refusedPost(String name, String path) {
        return new Visit(name, path, true, true);
    }

    /** A page to open: by GET, or (post) by a form post without a token; error: it should answer an error page. */
    record Visit(String name, String path, boolean post, boolean error) {
    }
}
