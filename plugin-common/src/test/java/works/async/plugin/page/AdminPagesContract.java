package works.async.plugin.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import works.async.core.policy.PolicyScope;
import works.async.plugin.web.Screens;

/**
 * The pages of a product's administration, the global policy and the outbox: the product's administrators only, in
 * a secure administrator session, each showing its shared screen inside the product's admin decorator with its
 * menu entry marked current. A subclass per product names the pages in a static {@code adminPages()} method.
 */
public abstract class AdminPagesContract {

    private static final String ADMIN = "admin-1";
    private static final String USER = "user-1";

    private final PageFixture host = fixture();

    /** One admin page: its path, how it is built, the screen it shows, its title and its menu entry. */
    public record AdminPage(String path, Function<PageFixture, AdminScreenServlet> build, String template,
                            String title, String tab) {

        @Override
        public String toString() {
            return path;
        }
    }

    /** A fresh fixture of the product. */
    protected abstract PageFixture fixture();

    /** A GET of {@code /plugins/servlet/async-work{path}} in the product. */
    protected abstract HttpServletRequest get(String path, String query);

    /** The product's login page up to the return address. */
    protected abstract String loginPage();

    /** What a signed-in user who is no administrator reads. */
    protected abstract String refusal();

    /** The admin section the pages mark current. */
    protected abstract String adminSection();

    /** The web resource the pages require. */
    protected abstract String webResource();

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAnonymousVisitorIsSentToTheLoginPageAndComesBackHere(AdminPage page) throws IOException {
        PageFixture.Answer answer = get(page, get(page.path(), "from=menu"));

        assertThat(answer.status).isEqualTo(302);
        assertThat(answer.redirect).startsWith(loginPage())
                .endsWith("plugins%2Fservlet%2Fasync-work" + page.path().replace("/", "%2F") + "%3Ffrom%3Dmenu");
        assertThat(answer.body()).isEmpty();
        verifyNoInteractions(host.screens, host.webSudo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void aUserWhoIsNotAnAdministratorReadsWhyWithA403AndIsNotAskedForTheirPassword(AdminPage page)
            throws IOException {
        host.signIn(USER, false);
        PageFixture.Answer answer = get(page, get(page.path(), null));

        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.body()).contains(refusal())
                .contains("<meta name=\"decorator\" content=\"atl.general\">").doesNotContain("rendered");
        verifyNoInteractions(host.screens, host.webSudo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAdministratorWithoutASecureSessionIsSentToConfirmTheirPasswordAndNothingIsRead(AdminPage page)
            throws IOException {
        host.signIn(ADMIN, true);
        HttpServletRequest request = get(page.path(), null);
        when(host.webSudo.canExecuteRequest(request)).thenReturn(false);

        PageFixture.Answer answer = get(page, request);

        verify(host.webSudo).enforceWebSudoProtection(request, answer.response);
        assertThat(answer.body()).isEmpty();
        verifyNoInteractions(host.screens, host.renderer);
        verify(host.requiredResources(), never()).requireWebResource(any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anAdministratorSeesTheScreenInTheAdminPageWithItsScripts(AdminPage page) throws IOException {
        host.signIn(ADMIN, true);
        when(host.screens.policy(PolicyScope.global()))
                .thenReturn(PageFixture.rendering(Screens.POLICY, "global policy"));
        when(host.screens.outbox()).thenReturn(PageFixture.rendering(Screens.OUTBOX, "outbox rows"));
        PageFixture.Answer answer = get(page, get(page.path(), null));

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.body()).contains("<title>" + page.title() + "</title>")
                .contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<meta name=\"admin.active.section\" content=\"" + adminSection() + "\">")
                .contains("<meta name=\"admin.active.tab\" content=\"" + page.tab() + "\">")
                .contains("<div class=\"rendered\" data-template=\"" + page.template() + "\">");
        verify(host.requiredResources()).requireWebResource(webResource());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void aPostChangesNothingAndIsRefusedAsAMethodThePageDoesNotOffer(AdminPage page)
            throws IOException, ServletException {
        host.signIn(ADMIN, true);
        HttpServletRequest post = get(page.path(), null);
        when(post.getMethod()).thenReturn("POST");
        PageFixture.Answer answer = new PageFixture.Answer();

        page.build().apply(host).service(post, answer.response);

        assertThat(answer.status).isEqualTo(405);
        verifyNoInteractions(host.screens, host.webSudo);
    }

    private PageFixture.Answer get(AdminPage page, HttpServletRequest request) throws IOException {
        PageFixture.Answer answer = new PageFixture.Answer();
        page.build().apply(host).doGet(request, answer.response);
        return answer;
    }
}
