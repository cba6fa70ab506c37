package works.async.sandbox.pages;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.sal.SandboxText;

/**
 * The signed-in user's own profile at Jira's {@code /secure/ViewProfile.jspa}: name, user name and the time zone,
 * which people change here as in the products (Async Work's settings only show it). The form carries the
 * session's atl_token.
 */
public final class ProfileServlet extends HttpServlet {

    public static final String PATH = "/secure/ViewProfile.jspa";

    private static final long serialVersionUID = 1L;
    /** Region ids only (Europe/Berlin), as the products offer; the legacy short ids (EST, SystemV/...) are left out. */
    private static final List<String> ZONES = zones();

    private final transient Chrome chrome;
    private final transient UserStore users;

    public ProfileServlet(Chrome chrome, UserStore users) {
        this.chrome = chrome;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxUser me = CurrentUser.get().orElseThrow();
        show(request, response, me, request.getParameter("saved") != null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!XsrfTokens.valid(request)) {
            response.sendError(403, SandboxText.get("sandbox.error.xsrf"));
            return;
        }
        SandboxUser me = CurrentUser.get().orElseThrow();
        String zone = request.getParameter("timeZone");
        if (zone == null || !ZONES.contains(zone)) {
            response.setStatus(400);
            show(request, response, me, false, SandboxText.get("sandbox.profile.zone.invalid"));
            return;
        }
        users.changeZone(me.key(), ZoneId.of(zone));
        response.sendRedirect(request.getContextPath() + PATH + "?saved");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, SandboxUser me, boolean saved,
                      String error) throws IOException {
        Map<String, Object> model = chrome.model(request);
        model.put("zones", ZONES);
        model.put("saved", saved);
        if (error != null) {
            model.put("error", error);
        }
        chrome.page(response, SandboxText.get("sandbox.profile.title"), "profile", "sandbox-templates/profile.vm", model);
    }

    private static List<String> zones() {
        Set<String> ids = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.indexOf('/') > 0 && !id.startsWith("SystemV/") && !id.startsWith("Etc/")) {
                ids.add(id);
            }
        }
        ids.add("UTC");
        return List.copyOf(ids);
    }
}
