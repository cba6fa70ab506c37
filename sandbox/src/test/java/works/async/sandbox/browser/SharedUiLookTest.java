package works.async.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.async.sandbox.ui.UiPreview;

/**
 * Every shared screen in a real browser with AUI's stylesheet, from realistic view models with hostile text:
 * the text shows as text (no script ran, no element was injected), and a screenshot of each is kept for review.
 */
class SharedUiLookTest {

    private static Chromium chromium;
    private static Path pages;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start();
        pages = Chromium.buildDirectory().resolve("ui-preview");
        UiPreview.writeAll(pages);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void issuePanelLooksLikeAJiraSidePanelAndShowsHostileTextAsText() {
        open("issue-panel");
        WebElement panel = chromium.driver().findElement(By.id("async-work-panel"));
        assertThat(panel.findElements(By.cssSelector(".aui-lozenge"))).isNotEmpty();
        assertThat(panel.findElement(By.cssSelector(".async-work-question")).getText()).contains("<script>alert('x')</script>");
        assertThat(chromium.driver().findElements(By.cssSelector("#async-work-panel img, #async-work-panel script"))).isEmpty();
        chromium.screenshot("look-issue-panel");
    }

    @Test
    void everyOtherScreenRendersWithoutInjectedMarkup() {
        for (String page : List.of("report", "page-macros", "settings", "policy", "insights", "outbox")) {
            open(page);
            assertThat(chromium.driver().findElements(By.cssSelector(".async-work img, .async-work script, .async-work a[href^='javascript']")))
                    .as(page).isEmpty();
            chromium.screenshot("look-" + page);
        }
    }

    private void open(String page) {
        chromium.driver().get(pages.resolve(page + ".html").toUri().toString());
    }
}
