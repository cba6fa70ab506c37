package works.async.plugin.page;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;

import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;

/**
 * The checks every page makes before it reads anything, in either product: who is signed in (SAL's current user, the
 * one the shared screens and the REST API see too), the permission rules of {@link Access} (the same the REST API
 * applies, so a page is offered exactly when its form may be saved; the product answers them through its
 * {@code ItemAccess}), and, for administrators' pages, the product's secure administrator session (SAL's WebSudo).
 */
public final class Gate {

    private final Caller caller;
    private final Access access;
    private final LoginUriProvider login;
    private final WebSudoManager webSudo;

    public Gate(Caller caller, Access access, LoginUriProvider login, WebSudoManager webSudo) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.access = Objects.requireNonNull(access, "access");
        this.login = Objects.requireNonNull(login, "login");
        this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
    }

    /**
     * The signed-in user's key. An anonymous visitor is redirected to the product's login page, which sends them back to this
     * very page afterwards, and gets empty: the page then writes nothing more.
     */
    public Optional<String> signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> key = caller.key();
        if (key.isEmpty()) {
            response.sendRedirect(login.getLoginUri(returnUri(request)).toASCIIString());
        }
        return key;
    }

    /**
     * Whether the signed-in user is an administrator of the product (SAL's admin: Jira's Administer Jira, Confluence's
     * Confluence Administrator).
     */
    public boolean isAdmin() {
        return caller.isAdmin();
    }

    public Access access() {
        return access;
    }

    /**
     * Whether the request runs in a secure administrator session; if not, the product answers it (its password page, which
     * comes back here) and the page writes nothing more.
     */
    public boolean secureSession(HttpServletRequest request, HttpServletResponse response) {
        if (webSudo.canExecuteRequest(request)) {
            return true;
        }
        webSudo.enforceWebSudoProtection(request, response);
        return false;
    }

    /** This page's address with its query, for the login page to return to. */
    private static URI returnUri(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        try {
            return URI.create(url.toString());
        } catch (IllegalArgumentException unreadable) {
            // A query the browser did not encode: coming back to the page without it still beats no way back.
            return URI.create(request.getRequestURL().toString());
        }
    }
}
