package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import works.async.plugin.web.Screens;
import works.async.plugin.web.waiting.WaitingScreen;

/** What waits for me, from the profile menu: anyone signed in, their own only, as an ordinary Jira page. */
class WaitingServletTest {

    private final PageFixture jira = new PageFixture();
    private final WaitingScreen waiting = mock(WaitingScreen.class);
    private final WaitingServlet servlet = new WaitingServlet(jira.gate(), jira.pages(), waiting);

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere() throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(PageFixture.get("/waiting", null, null), answer.response);

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).endsWith("os_destination=https%3A%2F%2Fjira.example.com%2Fjira%2Fplugins%2Fservlet"
                + "%2Fasync-work%2Fwaiting");
        verifyNoInteractions(waiting, jira.renderer);
    }

    @Test
    void anyoneSignedInSeesWhatWaitsForThemInAnOrdinaryJiraPageWithItsScripts() throws IOException {
        jira.signIn("JIRAUSER10100", false);
        when(waiting.mine()).thenReturn(PageFixture.rendering(Screens.WAITING, "Anna's replies"));
        PageFixture.Answer answer = new PageFixture.Answer();

        servlet.doGet(PageFixture.get("/waiting", null, null), answer.response);

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body()).contains("<title>Async Work: waiting for me</title>")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .doesNotContain("admin.active")
                .contains("data-template=\"" + Screens.WAITING + "\">{model=Anna's replies}</div>");
        verify(jira.requiredResources()).requireWebResource(JiraPages.WEB_RESOURCE);
    }
}
