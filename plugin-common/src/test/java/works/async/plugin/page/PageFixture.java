package works.async.plugin.page;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;

import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.app.BundleI18n;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.web.Screens;

/**
 * The product around the plugin's pages, mocked, for either product's page tests: SAL's current user and admin flag,
 * the product's permission answers ({@link ItemAccess}), the login page, WebSudo, the page builder and a template
 * renderer that writes the template's name and its context, so a test sees which screen, with which view model,
 * landed on the page. Texts come from the real bundles (the product's, then the shared one), as SAL would resolve
 * them. A product's fixture extends it with its own login address, bundles and {@link Pages}.
 */
public abstract class PageFixture {

    public final UserManager users = mock(UserManager.class);
    public final ItemAccess items = mock(ItemAccess.class);
    public final LoginUriProvider login = mock(LoginUriProvider.class);
    public final WebSudoManager webSudo = mock(WebSudoManager.class);
    public final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    public final TemplateRenderer renderer = mock(TemplateRenderer.class);
    public final Screens screens = mock(Screens.class);
    /** SAL's resolver over the plugin's bundles: the product's own and the shared one, as the descriptor lists them. */
    public I18nResolver i18n;

    /**
     * @param loginPage the product's login page up to the return address, which is appended URL-encoded
     * @param bundles   the bundles' class-path locations, the product's first
     */
    protected PageFixture(String loginPage, String... bundles) {
        i18n = new BundleI18n(bundles);
        when(login.getLoginUri(any())).thenAnswer(call -> URI.create(
                loginPage + URLEncoder.encode(call.getArgument(0).toString(), StandardCharsets.UTF_8)));
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        // Every project and space the pages are asked about exists; who may see it is stubbed per test.
        when(items.containerExists(any(), any())).thenReturn(true);
        try {
            doAnswer(call -> {
                Writer out = call.getArgument(2);
                out.write("<div class=\"rendered\" data-template=\"" + call.getArgument(0) + "\">"
                        + call.getArgument(1) + "</div>");
                return null;
            }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Gate gate() {
        Caller caller = new Caller(users);
        return new Gate(caller, new Access(items, caller), login, webSudo);
    }

    /** The product's page writer over this fixture's renderer, page builder and texts. */
    public abstract Pages pages();

    /** The user the product's authentication put on this request thread, and whether they administer the product. */
    public void signIn(String userKey, boolean admin) {
        when(users.getRemoteUserKey()).thenReturn(new UserKey(userKey));
        when(users.isAdmin(new UserKey(userKey))).thenReturn(admin);
    }

    /** The screen a mocked {@link Screens} method returns: its template and a view model that names itself. */
    public static Screens.Rendering rendering(String template, String viewModel) {
        return new Screens.Rendering(template, Map.of("model", viewModel));
    }

    public RequiredResources requiredResources() {
        return pageBuilder.assembler().resources();
    }

    /** A GET of {@code url}, with the product under {@code contextPath}. */
    public static HttpServletRequest request(String url, String contextPath, String pathInfo, String query) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getContextPath()).thenReturn(contextPath);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRequestURL()).thenAnswer(call -> new StringBuffer(url));
        when(request.getQueryString()).thenReturn(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                when(request.getParameter(parts[0])).thenReturn(parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    /** What the servlet answered: status, redirect, content type and body, as the browser would see them. */
    public static final class Answer {

        public final HttpServletResponse response = mock(HttpServletResponse.class);
        private final StringWriter body = new StringWriter();
        public int status = HttpServletResponse.SC_OK;
        public String redirect;
        public String contentType;

        public Answer() {
            try {
                when(response.getWriter()).thenReturn(new PrintWriter(body));
                doAnswer(call -> {
                    redirect = call.getArgument(0);
                    status = HttpServletResponse.SC_FOUND;
                    return null;
                }).when(response).sendRedirect(anyString());
                doAnswer(call -> {
                    status = call.getArgument(0);
                    return null;
                }).when(response).sendError(anyInt(), anyString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            doAnswer(call -> {
                status = call.getArgument(0);
                return null;
            }).when(response).setStatus(anyInt());
            doAnswer(call -> {
                contentType = call.getArgument(0);
                return null;
            }).when(response).setContentType(anyString());
        }

        public String body() {
            return body.toString();
        }
    }
}
