package works.async.sandbox.pages;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.AuthFilter;
import works.async.sandbox.auth.SafeRedirects;
import works.async.sandbox.auth.SignInThrottle;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.SandboxText;

/**
 * The login page (Jira's field names os_username / os_password / os_destination) and logout. Both are forms with
 * the session's {@code atl_token}, so a foreign page can neither sign a visitor in to an account of its choosing
 * nor sign them out; failed sign-ins are throttled ({@link SignInThrottle}); after sign-in only a path of this site
 * is followed ({@link SafeRedirects}).
 */
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String LOGOUT = "/logout";

    private final transient Chrome chrome;
    private final transient UserStore users;
    private final transient SignInThrottle throttle;

    public LoginServlet(Chrome chrome, UserStore users, SignInThrottle throttle) {
        this.chrome = chrome;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isLogout(request)) {
            // A link cannot sign anybody out: the page asks, and its button posts the form with the token.
            showLogout(request, response, 200);
            return;
        }
        show(request, response, 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isLogout(request)) {
            logout(request, response);
            return;
        }
        if (!XsrfTokens.valid(request)) {
            // Typically a form kept open past its session; the page shown carries a fresh token to try again with.
            show(request, response, 403, SandboxText.get("sandbox.login.expired"));
            return;
        }
        String username = request.getParameter("os_username");
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusedFor(username, address);
        if (wait.isPresent()) {
            tooMany(request, response, wait.get());
            return;
        }
        var user = users.authenticate(username, request.getParameter("os_password"));
        if (user.isEmpty()) {
            throttle.failed(username, address);
            show(request, response, 401, SandboxText.get("sandbox.login.failed"));
            return;
        }
        throttle.succeeded(username);
        signIn(request, user.get());
        response.sendRedirect(request.getContextPath() + SafeRedirects.destination(request.getParameter("os_destination")));
    }

    private static boolean isLogout(HttpServletRequest request) {
        return request.getServletPath().equals(LOGOUT);
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getSession(false) == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (!XsrfTokens.valid(request)) {
            showLogout(request, response, 403);
            return;
        }
        request.getSession(false).invalidate();
        response.sendRedirect(request.getContextPath() + "/login");
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.getSeconds())));
        show(request, response, 429, SandboxText.get("sandbox.login.throttled", Long.toString(minutes)));
    }

    private static void signIn(HttpServletRequest request, SandboxUser user) {
        request.getSession(true);
        // A new session id at sign-in, so an id planted before login is worth nothing afterwards; a new token too.
        request.changeSessionId();
        request.getSession().setAttribute(AuthFilter.SESSION_USER, user.key());
        XsrfTokens.renew(request);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String error)
            throws IOException {
        Map<String, Object> model = chrome.model(request);
        // The login form is the one form shown to anonymous visitors: its token starts their session.
        model.put("atlToken", XsrfTokens.token(request));
        model.put("destination", SafeRedirects.destination(request.getParameter("os_destination")));
        model.put("username", request.getParameter("os_username") == null ? "" : request.getParameter("os_username"));
        if (error != null) {
            model.put("error", error);
        }
        response.setStatus(status);
        chrome.page(response, SandboxText.get("sandbox.login.title"), "login", "sandbox-templates/login.vm", model);
    }

    private void showLogout(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("atlToken", XsrfTokens.token(request));
        response.setStatus(status);
        chrome.page(response, SandboxText.get("sandbox.logout.title"), "logout", "sandbox-templates/logout.vm", model);
    }
}
