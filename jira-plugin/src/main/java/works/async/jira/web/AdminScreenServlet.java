package works.async.jira.web;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.plugin.web.Screens;

/**
 * A page of Jira administration showing one shared screen, for Jira administrators only, in that order: anonymous
 * visitors go to the login page, other users read a 403 page, and an administrator without a secure session is sent
 * to confirm their password before anything is read. GET only: the page's form saves through the REST API.
 */
abstract class AdminScreenServlet extends HttpServlet {

    private final transient Gate gate;
    private final transient JiraPages pages;
    private final String titleKey;
    private final String tab;
    private final transient Supplier<Screens.Rendering> screen;

    /**
     * @param titleKey the page title's key in the Jira bundle
     * @param tab      the descriptor's web-item key shown as the current entry of our admin section
     * @param screen   reads the screen, called only once every check passed
     */
    AdminScreenServlet(Gate gate, JiraPages pages, String titleKey, String tab, Supplier<Screens.Rendering> screen) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
        this.tab = Objects.requireNonNull(tab, "tab");
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.signedIn(request, response).isEmpty()) {
            return;
        }
        if (!gate.isAdmin()) {
            // Before WebSudo: nobody is asked for their password only to be refused afterwards.
            pages.message(response, HttpServletResponse.SC_FORBIDDEN, pages.text("async-work.jira.web.error.admin"));
            return;
        }
        if (!gate.secureSession(request, response)) {
            return;
        }
        pages.screen(response, PageLayout.admin(pages.text(titleKey), tab), "", screen);
    }
}
