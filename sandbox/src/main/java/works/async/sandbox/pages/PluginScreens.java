package works.async.sandbox.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.sandbox.host.Issue;
import works.async.sandbox.host.Page;

/**
 * The plugin UI the host pages embed (engineer C's context providers, macros and screens), behind one seam so that
 * the host pages work before and after it exists: each method returns the fragment's HTML, or empty for "not
 * there yet", and the host then shows a marked placeholder.
 */
public interface PluginScreens {

    /**
     * The request attribute (an {@code Integer}) in which a full screen that refused the viewer leaves the status
     * its page answers with (403, 404), as the products' servlets answer their refusals; absent: 200.
     */
    String STATUS = "works.async.sandbox.screen.status";

    /** The Async Work panel of the issue view (web panel in {@code atl.jira.view.issue.right.context}). */
    Optional<String> issuePanel(Issue issue, HttpServletRequest request);

    /**
     * One macro of a page body ({@code xhtml-macro}), given what Confluence gives a macro: its parameters and body,
     * and in its render context the page and the macro's {@code ac:macro-id}.
     */
    Optional<String> macro(MacroOccurrence macro, Page page, HttpServletRequest request);

    /** The banner above a page: what the page waits for from the viewer. */
    Optional<String> pageBanner(Page page, HttpServletRequest request);

    /** A full plugin screen (settings, admin, insights, outbox), {@code argument} being e.g. the project key. */
    Optional<String> screen(String screen, String argument, HttpServletRequest request);

    /**
     * The plugin's full screens, but none of its fragments in the host's issue and page views: the host's pages as
     * they are without the app, for measuring what the panel, the macros and the banner cost (sandbox
     * {@code --no-plugin-ui}).
     */
    static PluginScreens screensOnly(PluginScreens plugin) {
        return withoutFragments(plugin::screen);
    }

    /** Nothing yet: every fragment is a placeholder. */
    PluginScreens NONE = withoutFragments((screen, argument, request) -> Optional.empty());

    /** How a full screen is rendered, for {@link #withoutFragments}. */
    @FunctionalInterface
    interface Screen {
        Optional<String> render(String screen, String argument, HttpServletRequest request);
    }

    private static PluginScreens withoutFragments(Screen screens) {
        return new PluginScreens() {
            @Override
            public Optional<String> issuePanel(Issue issue, HttpServletRequest request) {
                return Optional.empty();
            }

            @Override
            public Optional<String> macro(MacroOccurrence macro, Page page, HttpServletRequest request) {
                return Optional.empty();
            }

            @Override
            public Optional<String> pageBanner(Page page, HttpServletRequest request) {
                return Optional.empty();
            }

            @Override
            public Optional<String> screen(String screen, String argument, HttpServletRequest request) {
                return screens.render(screen, argument, request);
            }
        };
    }
}
