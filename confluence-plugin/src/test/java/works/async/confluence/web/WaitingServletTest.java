package works.async.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import works.async.plugin.page.PageFixture;
import works.async.plugin.web.Screens;
import works.async.plugin.web.waiting.WaitingScreen;

/** What waits for me, from the user menu: anyone signed in, their own only, as an ordinary Confluence page. */
class WaitingServletTest {

    private final ConfluencePageFixture wiki = new ConfluencePageFixture();
    private final WaitingScreen waiting = mock(WaitingScreen.class);
    private final WaitingServlet servlet = new WaitingServlet(wiki.gate(), wiki.pages(), waiting);

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere() throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(ConfluencePageFixture.get("/waiting", null, null), answer.response);

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).isEqualTo("https://wiki.example.com/wiki/login.action?os_destination="
                + "https%3A%2F%2Fwiki.example.com%2Fwiki%2Fplugins%2Fservlet%2Fasync-work%2Fwaiting");
        verifyNoInteractions(waiting, wiki.renderer);
    }

    @Test
    void anyoneSignedInSeesWhatWaitsForThemInAnOrdinaryConfluencePageWithItsScripts() throws IOException {
        wiki.signIn("u-anna", false);
        when(waiting.mine()).thenReturn(PageFixture.rendering(Screens.WAITING, "Anna's replies"));
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(ConfluencePageFixture.get("/waiting", null, null), answer.response);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work: waiting for me</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">").doesNotContain("admin.active")
                .contains("data-template=\"" + Screens.WAITING + "\">{model=Anna's replies}</div>");
        verify(wiki.requiredResources()).requireWebResource(ConfluencePages.WEB_RESOURCE);
    }
}
