package works.async.jira.web;

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
 * The checks every page makes before it reads anything: who is signed in (SAL's current user, the one the shared
 * screens and the REST API see too), the permission rules of plugin-common's {@link Access} (the same the REST API
 * applies, so a page is offered exactly when its form may be saved), and, for administrators' pages, Jira's secure
 * administrator session (WebSudo).
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
     * The signed-in user's key. An anonymous visitor is redirected to Jira's login page, which sends them back to this
     * very page afterwards, and gets empty: the page then writes nothing more.
     */
    Optional<String> signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> key = caller.key();
        if (key.isEmpty()) {
            response.sendRedirect(login.getLoginUri(returnUri(request)).toASCIIString());
        }
        return key;
    }

    /** Whether the signed-in user is a Jira administrator (SAL's admin: Jira's Administer Jira permission). */
    boolean isAdmin() {
        return caller.isAdmin();
    }

    Access access() {
        return access;
    }

    /**
     * Whether the request runs in a secure administrator session; if not, Jira answers it (its password page, which
     * comes back here) and the page writes nothing more.
     */
    boolean secureSession(HttpServletRequest request, HttpServletResponse response) {
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
