package works.async.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import com.atlassian.confluence.pages.AbstractPage;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.access.Caller;
import works.async.plugin.page.PageFixture;
import works.async.plugin.web.Screens;

/** The page banner on page view: what the page waits on from a viewer, and nothing (never an error) otherwise. */
class PageBannerContextProviderTest {

    private final ConfluencePageFixture wiki = new ConfluencePageFixture();
    private final PageBannerContextProvider provider =
            new PageBannerContextProvider(wiki.screens, new Caller(wiki.users));
    private final AbstractPage page = mock(AbstractPage.class);

    @Test
    void aViewerGetsTheBannerOfThePageConfluenceIsShowing() {
        wiki.signIn("u-anna", false);
        when(page.getIdAsString()).thenReturn("1001");
        when(wiki.screens.pageBanner("1001")).thenReturn(PageFixture.rendering(Screens.PAGE_BANNER, "owed on 1001"));

        Map<String, Object> context = provider.getContextMap(Map.of("page", page, "space", "TEAM"));

        assertThat(context).containsEntry("model", "owed on 1001").containsEntry("space", "TEAM");
    }

    @Test
    void someoneWhoMayNotSeeThePageGetsNoBanner() {
        wiki.signIn("u-stranger", false);
        when(page.getIdAsString()).thenReturn("1001");
        when(wiki.screens.pageBanner("1001")).thenThrow(new DomainException(ErrorCode.NOT_FOUND, null, "Not found."));

        assertThat(provider.getContextMap(Map.of("page", page))).doesNotContainKeys("banner", "model");
    }

    @Test
    void anAnonymousVisitorGetsNoBannerAndNothingIsRead() {
        when(page.getIdAsString()).thenReturn("1001");

        assertThat(provider.getContextMap(Map.of("page", page))).containsOnlyKeys("page");
        verifyNoInteractions(wiki.screens);
    }

    @Test
    void aContextWithoutAPageOrAFailureShowsNothingAndThrowsNothing() {
        wiki.signIn("u-anna", false);
        when(page.getIdAsString()).thenReturn("1002");
        when(wiki.screens.pageBanner("1002")).thenThrow(new IllegalStateException("AO_1A2B_REPLY gone"));

        assertThat(provider.getContextMap(Map.of("action", "not a page"))).containsOnlyKeys("action");
        assertThat(provider.getContextMap(Map.of("page", page))).containsOnlyKeys("page");
    }
}
