package works.async.sandbox.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.http.JsonErrors;

/**
 * Sign-in for every URL: HTTP Basic (checked on each request) or the session made by the login page. Anonymous
 * requests to REST pass on to the REST access rules (some resources allow anonymous access; the rest answer 401);
 * anonymous page requests are sent to the login page; static resources are public, as in the products.
 */
public final class AuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding the signed-in user's key. */
    public static final String SESSION_USER = "sandbox.userKey";

    private final transient UserStore users;

    public AuthFilter(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String basic = request.getHeader("Authorization");
        Optional<SandboxUser> user;
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(basic.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Async Work sandbox\"");
                JsonErrors.send(response, 401, "unauthenticated", "sandbox.error.bad.credentials");
                return;
            }
        } else {
            user = fromSession(request);
        }
        if (user.isEmpty() && !isPublic(path) && !path.startsWith("/rest/")) {
            String destination = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            response.sendRedirect(request.getContextPath() + "/login?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            return;
        }
        CurrentUser.set(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.clear();
        }
    }

    static boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.startsWith("/download/resources/")
                || path.equals("/favicon.ico");
    }

    private Optional<SandboxUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private Optional<SandboxUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(SESSION_USER);
        return key instanceof String k ? users.byKey(k) : Optional.empty();
    }
}
