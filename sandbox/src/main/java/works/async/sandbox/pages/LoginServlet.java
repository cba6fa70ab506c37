package works.async.sandbox.pages;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.AuthFilter;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.SandboxText;

/** The login page (Jira's field names os_username / os_password / os_destination) and logout. */
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Chrome chrome;
    private final transient UserStore users;

    public LoginServlet(Chrome chrome, UserStore users) {
        this.chrome = chrome;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/logout")) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        show(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = users.authenticate(request.getParameter("os_username"), request.getParameter("os_password"));
        if (user.isEmpty()) {
            response.setStatus(401);
            show(request, response, SandboxText.get("sandbox.login.failed"));
            return;
        }
        signIn(request, user.get());
        response.sendRedirect(request.getContextPath() + safeDestination(request.getParameter("os_destination")));
    }

    private static void signIn(HttpServletRequest request, SandboxUser user) {
        request.getSession(true);
        // A new session id at sign-in, so an id planted before login is worth nothing afterwards.
        request.changeSessionId();
        request.getSession().setAttribute(AuthFilter.SESSION_USER, user.key());
    }

    /** Only paths on this site: an absolute or protocol-relative URL would make the login an open redirect. */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.contains("\r") || destination.contains("\n")) {
            return "/issues";
        }
        return destination;
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("destination", safeDestination(request.getParameter("os_destination")));
        model.put("username", request.getParameter("os_username") == null ? "" : request.getParameter("os_username"));
        if (error != null) {
            model.put("error", error);
        }
        chrome.page(response, SandboxText.get("sandbox.login.title"), "login", "sandbox-templates/login.vm", model);
    }
}
