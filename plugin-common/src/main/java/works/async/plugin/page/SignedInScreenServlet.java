package works.async.plugin.page;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.plugin.web.Screens;

/**
 * A page showing one shared screen to anyone signed in (the screen itself shows only what its viewer may see, such as
 * their own working hours) or, in subclasses, to those {@link #permits} lets through; anonymous visitors go to the
 * login page and come back. GET only.
 */
public abstract class SignedInScreenServlet extends HttpServlet {

    private final transient Gate gate;
    private final transient Pages pages;
    private final String titleKey;
    private final transient Function<String, Layout> layout;
    private final transient Supplier<Screens.Rendering> screen;

    protected SignedInScreenServlet(Gate gate, Pages pages, String titleKey, Function<String, Layout> layout,
                                    Supplier<Screens.Rendering> screen) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    @Override
    public void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.signedIn(request, response).isEmpty() || !permits(request, response, gate, pages)) {
            return;
        }
        pages.screen(response, layout.apply(pages.text(titleKey)), "", screen);
    }

    /**
     * Whether the signed-in user may see the page; if not, this has answered the request itself. Everyone signed in
     * by default.
     */
    protected boolean permits(HttpServletRequest request, HttpServletResponse response, Gate gate, Pages pages)
            throws IOException {
        return true;
    }
}
