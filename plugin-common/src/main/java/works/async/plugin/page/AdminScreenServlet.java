package works.async.plugin.page;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.plugin.web.Screens;

/**
 * A page of the product's administration showing one shared screen, for the product's administrators only, in that
 * order: anonymous visitors go to the login page, other users read a 403 page, and an administrator without a secure
 * session is sent to confirm their password (WebSudo) before anything is read. GET only: the page's form saves
 * through the REST API.
 */
public abstract class AdminScreenServlet extends SignedInScreenServlet {

    private final String refusalKey;

    /**
     * @param refusalKey the bundle key of what a signed-in non-administrator reads
     * @param titleKey   the page title's key in the product's bundle
     * @param layout     the product's admin layout for the resolved title
     * @param screen     reads the screen, called only once every check passed
     */
    protected AdminScreenServlet(Gate gate, Pages pages, String refusalKey, String titleKey,
                                 Function<String, Layout> layout, Supplier<Screens.Rendering> screen) {
        super(gate, pages, titleKey, layout, screen);
        this.refusalKey = Objects.requireNonNull(refusalKey, "refusalKey");
    }

    @Override
    protected boolean permits(HttpServletRequest request, HttpServletResponse response, Gate gate, Pages pages)
            throws IOException {
        if (!gate.isAdmin()) {
            // Before WebSudo: nobody is asked for their password only to be refused afterwards.
            pages.message(response, HttpServletResponse.SC_FORBIDDEN, pages.text(refusalKey));
            return false;
        }
        return gate.secureSession(request, response);
    }
}
