package works.async.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import works.async.plugin.page.PageFixture;
import works.async.plugin.web.Screens;

/** Personal working hours, from the user menu: anyone signed in, as an ordinary Confluence page. */
class SettingsServletTest {

    private final ConfluencePageFixture wiki = new ConfluencePageFixture();
    private final SettingsServlet servlet = new SettingsServlet(wiki.gate(), wiki.pages(), wiki.screens);

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere() throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(ConfluencePageFixture.get("/settings", null, null), answer.response);

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).isEqualTo("https://wiki.example.com/wiki/login.action?os_destination="
                + "https%3A%2F%2Fwiki.example.com%2Fwiki%2Fplugins%2Fservlet%2Fasync-work%2Fsettings");
        verifyNoInteractions(wiki.screens, wiki.renderer);
    }

    @Test
    void anyoneSignedInSeesTheirOwnSettingsInAnOrdinaryConfluencePageWithItsScripts() throws IOException {
        wiki.signIn("u-anna", false);
        when(wiki.screens.settings()).thenReturn(PageFixture.rendering(Screens.SETTINGS, "Anna's week"));
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(ConfluencePageFixture.get("/settings", null, null), answer.response);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work: my working time</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">").doesNotContain("admin.active")
                .contains("data-template=\"" + Screens.SETTINGS + "\">{model=Anna's week}</div>");
        verify(wiki.requiredResources()).requireWebResource(ConfluencePages.WEB_RESOURCE);
    }
}
