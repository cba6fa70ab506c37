package works.async.jira.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.plugin.web.Screens;

/**
 * {@code /plugins/servlet/async-work/settings}: the signed-in user's own working hours, days off and time off, linked
 * from the profile menu. Anyone signed in; the screen only ever shows the viewer's own schedule.
 */
public final class SettingsServlet extends HttpServlet {

    private final transient Gate gate;
    private final transient JiraPages pages;
    private final transient Screens screens;

    public SettingsServlet(Gate gate, JiraPages pages, Screens screens) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.signedIn(request, response).isEmpty()) {
            return;
        }
        pages.screen(response, PageLayout.general(pages.text("async-work.jira.web.settings.title")), "",
                screens::settings);
    }
}
