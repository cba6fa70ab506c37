package works.async.sandbox.pages;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.sal.SandboxText;

/**
 * The plugin's own screens under {@code /secure/async-work/}: settings, admin, insights/PROJECT, project/PROJECT (the
 * project's page: reports and working agreement), space-insights/SPACE, report/ID and outbox
 * (administrators only, like the products' admin screens) and waiting (what waits for the viewer), each rendered by the plugin inside the host chrome.
 */
public final class PluginScreenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Chrome chrome;
    private final transient PluginScreens plugin;

    public PluginScreenServlet(Chrome chrome, PluginScreens plugin) {
        this.chrome = chrome;
        this.plugin = plugin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String[] parts = path.split("/", 2);
        String screen = parts[0];
        String argument = parts.length > 1 ? parts[1] : null;
        boolean known = switch (screen) {
            case "settings", "admin", "outbox", "waiting" -> argument == null;
            case "insights", "space-insights", "report", "project" -> argument != null && !argument.contains("/");
            default -> false;
        };
        if (!known) {
            message(request, response, 404, "sandbox.error.not.found", "settings");
            return;
        }
        if (screen.equals("outbox") && !CurrentUser.get().map(u -> u.admin()).orElse(false)) {
            message(request, response, 403, "sandbox.error.admin.only", screen);
            return;
        }
        Map<String, Object> model = chrome.model(request);
        model.put("screen", screen);
        model.put("argument", argument == null ? "" : argument);
        plugin.screen(screen, argument, request).ifPresent(html -> model.put("screenHtml", html));
        if (request.getAttribute(PluginScreens.STATUS) instanceof Integer refused) {
            response.setStatus(refused);
        }
        // Space insights sit in the Spaces section, as Confluence keeps them in the space's tools.
        String section = screen.equals("space-insights") ? "spaces" : screen;
        chrome.page(response, SandboxText.get("sandbox.screen." + screen), section, "sandbox-templates/screen.vm", model);
    }

    private void message(HttpServletRequest request, HttpServletResponse response, int status, String key,
                         String section) throws IOException {
        chrome.errorPage(request, response, status, SandboxText.get(key));
    }
}
