package works.async.sandbox.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * anonymous page requests are sent to the login page; static resources are public, as in the products. Failed
 * Basic credentials count towards the same {@link SignInThrottle} as the login form's, so guessing cannot move there.
 */
public final class AuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding the signed-in user's key. */
    public static final String SESSION_USER = "sandbox.userKey";

    private final transient UserStore users;
    private final transient SignInThrottle throttle;

    public AuthFilter(UserStore users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String basic = request.getHeader("Authorization");
        Optional<SandboxUser> user;
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> credentials = credentials(basic.substring(6).trim());
            String username = credentials.map(c -> c[0]).orElse("");
            Optional<Duration> wait = throttle.refusedFor(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().getSeconds())));
                JsonErrors.send(response, 429, "too_many_attempts", "sandbox.error.throttled");
                return;
            }
            user = credentials.flatMap(c -> users.authenticate(c[0], c[1]));
            if (user.isEmpty()) {
                throttle.failed(username, request.getRemoteAddr());
                response.setHeader("WWW-Authenticate", "Basic realm=\"Async Work sandbox\"");
                JsonErrors.send(response, 401, "unauthenticated", "sandbox.error.bad.credentials");
                return;
            }
            throttle.succeeded(username);
        } else {
            user = fromSession(request);
        }
        if (user.isEmpty() && !isPublic(path) && !path.startsWith("/rest/")) {
            String destination = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            // Back to the page after login; not to the logout page, which would only ask to log out again.
            response.sendRedirect(request.getContextPath() + "/login" + (path.equals("/logout") ? ""
                    : "?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8)));
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

    /** User name and password of a Basic header; empty when it does not decode to {@code name:password}. */
    private static Optional<String[]> credentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Optional<SandboxUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(SESSION_USER);
        return key instanceof String k ? users.byKey(k) : Optional.empty();
    }
}
