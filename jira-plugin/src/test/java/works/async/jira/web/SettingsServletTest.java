package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import works.async.plugin.web.Screens;

/** Personal working hours, from the profile menu: anyone signed in, as an ordinary Jira page. */
class SettingsServletTest {

    private final PageFixture jira = new PageFixture();
    private final SettingsServlet servlet = new SettingsServlet(jira.gate(), jira.pages(), jira.screens);

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere() throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(PageFixture.get("/settings", null, null), answer.response);

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).endsWith("os_destination=https%3A%2F%2Fjira.example.com%2Fjira%2Fplugins%2Fservlet"
                + "%2Fasync-work%2Fsettings");
        verifyNoInteractions(jira.screens, jira.renderer);
    }

    @Test
    void aQueryTheBrowserLeftUnencodedStillLeadsToTheLoginPageAndBackToThePage() throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(PageFixture.get("/settings", null, "note=a b|c"), answer.response);

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).endsWith("os_destination=https%3A%2F%2Fjira.example.com%2Fjira%2Fplugins%2Fservlet"
                + "%2Fasync-work%2Fsettings");
    }

    @Test
    void anyoneSignedInSeesTheirOwnSettingsInAnOrdinaryJiraPageWithItsScripts() throws IOException {
        jira.signIn("JIRAUSER10100", false);
        when(jira.screens.settings()).thenReturn(PageFixture.rendering(Screens.SETTINGS, "Anna's week"));
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(PageFixture.get("/settings", null, null), answer.response);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work: my working time</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .doesNotContain("admin.active")
                .contains("data-template=\"" + Screens.SETTINGS + "\">{model=Anna's week}</div>");
        verify(jira.requiredResources()).requireWebResource(JiraPages.WEB_RESOURCE);
    }
}
