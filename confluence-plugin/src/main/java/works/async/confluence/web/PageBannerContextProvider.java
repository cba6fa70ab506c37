package works.async.confluence.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.plugin.web.ContextProvider;

import works.async.core.DomainException;
import works.async.plugin.access.Caller;
import works.async.plugin.web.Screens;

/**
 * Context of the page banner web panel on page view: adds {@code banner}, what the page Confluence passes as
 * {@code page} waits on from the viewer ({@link Screens#pageBanner}), or leaves it out for anonymous visitors, viewers
 * who may not see the page, a context without a page and any failure: the template then prints nothing, and the page
 * view never shows an error of ours. The {@code page} key is the one Confluence's web interface context sets
 * ({@code DefaultWebInterfaceContext.setPage}, read in the 8.7.2 jar); that the page view's panels get it on 10 is
 * unverified (README).
 */
public final class PageBannerContextProvider implements ContextProvider {

    private static final Logger LOG = Logger.getLogger(PageBannerContextProvider.class.getName());

    private final Screens screens;
    private final Caller caller;

    public PageBannerContextProvider(Screens screens, Caller caller) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.remove("banner");
        String pageId = context.get("page") instanceof AbstractPage page ? page.getIdAsString() : null;
        if (pageId == null || caller.key().isEmpty()) {
            return result;
        }
        try {
            result.putAll(screens.pageBanner(pageId).context());
        } catch (DomainException refused) {
            // Not visible to the viewer: nothing is shown, as for a page without anything owed.
            result.remove("banner");
        } catch (RuntimeException failed) {
            // Logged for the administrator; the page itself must still render.
            LOG.log(Level.WARNING, "Async Work page banner failed", failed);
            result.remove("banner");
        }
        return result;
    }
}
