package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;

/**
 * {@code --no-plugin-ui}, the baseline of the page-view benchmark: the issue and page views are the host's alone
 * (no panel, no macro output, no banner), while the plugin's own screens still answer, so the benchmark compares the
 * same host page with and without what the app adds to it.
 */
@DisplayName("--no-plugin-ui: the issue and page views without the app's fragments")
class PluginUiSwitchTest {

    private static final Instant AT = Instant.parse("2026-03-03T10:00:00Z");

    static FixedSandbox with;
    static FixedSandbox without;

    @BeforeAll
    static void start() {
        with = FixedSandbox.at(AT);
        without = FixedSandbox.at(AT, "--no-plugin-ui");
    }

    @AfterAll
    static void stop() {
        with.close();
        without.close();
    }

    @Test
    void theIssueViewHasThePanelOnlyWithThePluginUi() {
        Reply plain = without.client().get("alice", "/browse/DEMO-1");
        Reply full = with.client().get("alice", "/browse/DEMO-1");

        assertThat(plain.status()).isEqualTo(200);
        // Without the app the host keeps only its marked, empty slot where the panel would be.
        assertThat(plain.body()).contains("Checkout: retry failed card payments once").contains("async-work-placeholder")
                .doesNotContain("Ownership");
        assertThat(full.body()).contains("id=\"async-work-panel\"").doesNotContain("async-work-placeholder");
    }

    @Test
    void thePageViewHasNoMacroOutputAndNoBannerWithoutThePluginUi() {
        String plain = page(without, "Weekly update");
        String full = page(with, "Weekly update");

        assertThat(plain).contains("async-work-macro-placeholder").doesNotContain("id=\"async-work-report-");
        assertThat(full).contains("id=\"async-work-report-").doesNotContain("async-work-macro-placeholder");
    }

    @Test
    void thePluginsOwnScreensStillAnswer() {
        Reply settings = without.client().get("alice", "/secure/async-work/settings");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).contains("id=\"async-work-settings\"");
    }

    private static String page(FixedSandbox sandbox, String title) {
        String space = sandbox.client().get("carol", "/spaces/TEAM").body();
        Matcher link = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\">" + title).matcher(space);
        assertThat(link.find()).as("a link to %s", title).isTrue();
        Reply page = sandbox.client().get("carol", link.group(1));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
