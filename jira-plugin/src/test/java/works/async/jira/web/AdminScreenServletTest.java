package works.async.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import works.async.core.policy.PolicyScope;
import works.async.plugin.page.AdminScreenServlet;
import works.async.plugin.web.Screens;

/**
 * The two pages of Jira administration, the global policy and the outbox: Jira administrators only, in a secure
 * administrator session, each showing its shared screen inside Jira's admin decorator, under our admin section.
 */
class AdminScreenServletTest {

    private final PageFixture jira = new PageFixture();

    /** One admin page: its path, how it is built, the screen it shows, its title and its menu entry. */
    record AdminPage(String path, Function<PageFixture, AdminScreenServlet> build, String template, String title,
                     String tab) {

        PageFixture.Answer get(PageFixture jira, HttpServletRequest request) throws IOException {
            PageFixture.Answer answer = new PageFixture.Answer();
            build.apply(jira).doGet(request, answer.response);
            return answer;
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<AdminPage> adminPages() {
        return Stream.of(
                new AdminPage("/admin", f -> new GlobalPolicyServlet(f.gate(), f.pages(), f.screens), Screens.POLICY,
                        "Async Work policy", "async-work-admin-policy"),
                new AdminPage("/outbox", f -> new OutboxServlet(f.gate(), f.pages(), f.screens), Screens.OUTBOX,
                        "Async Work outbox", "async-work-admin-outbox"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere(AdminPage page) throws IOException {
        PageFixture.Answer answer = page.get(jira, PageFixture.get(page.path(), null, "from=menu"));

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).startsWith("https://jira.example.com/jira/login.jsp?os_destination=")
                .endsWith("plugins%2Fservlet%2Fasync-work" + page.path().replace("/", "%2F") + "%3Ffrom%3Dmenu");
        assertThat(answer.body()).isEmpty();
        verifyNoInteractions(jira.screens, jira.webSudo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void aUserWhoIsNotAJiraAdministratorReadsWhyWithA403AndIsNotAskedForTheirPassword(AdminPage page)
            throws IOException {
        jira.signIn("JIRAUSER10100", false);
        PageFixture.Answer answer = page.get(jira, PageFixture.get(page.path(), null, null));

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.body()).contains("Only Jira administrators can open this page.")
                .contains("<meta name=\"decorator\" content=\"atl.general\">").doesNotContain("rendered");
        verifyNoInteractions(jira.screens, jira.webSudo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAdministratorWithoutASecureSessionIsSentToConfirmTheirPasswordAndNothingIsRead(AdminPage page)
            throws IOException {
        jira.signIn("JIRAUSER10000", true);
        HttpServletRequest request = PageFixture.get(page.path(), null, null);
        when(jira.webSudo.canExecuteRequest(request)).thenReturn(false);

        PageFixture.Answer answer = page.get(jira, request);

        verify(jira.webSudo).enforceWebSudoProtection(request, answer.response);
        assertThat(answer.body()).isEmpty();
        verifyNoInteractions(jira.screens, jira.renderer);
        verify(jira.requiredResources(), never()).requireWebResource(any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAdministratorSeesTheScreenInJirasAdminPageWithItsScripts(AdminPage page) throws IOException {
        jira.signIn("JIRAUSER10000", true);
        when(jira.screens.policy(PolicyScope.global()))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "global policy"));
        when(jira.screens.outbox()).thenReturn(PageFixture.rendering(Screens.OUTBOX, "outbox rows"));
        PageFixture.Answer answer = page.get(jira, PageFixture.get(page.path(), null, null));

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.body()).contains("<title>" + page.title() + "</title>")
                .contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<meta name=\"admin.active.section\" content=\"" + PageLayout.ADMIN_SECTION + "\">")
                .contains("<meta name=\"admin.active.tab\" content=\"" + page.tab() + "\">")
                .contains("<div class=\"rendered\" data-template=\"" + page.template() + "\">");
        verify(jira.requiredResources()).requireWebResource("works.async.jira:async-work-ui");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void aPostChangesNothingAndIsRefusedAsAMethodThePageDoesNotOffer(AdminPage page)
            throws IOException, ServletException {
        jira.signIn("JIRAUSER10000", true);
        HttpServletRequest post = PageFixture.get(page.path(), null, null);
        when(post.getMethod()).thenReturn("POST");
        PageFixture.Answer answer = new PageFixture.Answer();

        page.build().apply(jira).service(post, answer.response);

        assertThat(answer.status).isEqualTo(405);
        verifyNoInteractions(jira.screens, jira.webSudo);
    }
}
