package works.async.plugin.page;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.core.DomainException;
import works.async.core.policy.PolicyScope;
import works.async.plugin.access.Access;

/**
 * The pages of one project or space, {@code .../KEY/PAGE}, with the checks every one of them makes first, in that
 * order: an address that names no page is 404; anonymous visitors go to the login page and come back; a container
 * the user cannot see (neither sees it, administers it, nor administers the product) answers 404, exactly like one
 * that does not exist, so nobody learns its key. Only then does the product's page read anything. GET only.
 */
public abstract class ContainerServlet extends HttpServlet {

    private final transient Gate gate;
    private final transient Pages pages;
    private final PolicyScope.ContainerKind kind;
    private final String home;
    private final Set<String> subpages;

    /**
     * @param home     the page answered at {@code /KEY} alone, or null when that address is no page
     * @param subpages the pages answered at {@code /KEY/PAGE}
     */
    protected ContainerServlet(Gate gate, Pages pages, PolicyScope.ContainerKind kind, String home,
                               Set<String> subpages) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.home = home;
        this.subpages = Set.copyOf(subpages);
    }

    @Override
    public void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String[]> address = address(request.getPathInfo());
        if (address.isEmpty()) {
            pages.refusal(response, Access.notFound());
            return;
        }
        if (gate.signedIn(request, response).isEmpty()) {
            return;
        }
        String key = address.get()[0];
        try {
            gate.access().requireContainerViewer(kind, key);
        } catch (DomainException hidden) {
            pages.refusal(response, hidden);
            return;
        }
        page(request, response, key, address.get()[1]);
    }

    /** Answers {@code page} of the container {@code key}, which the signed-in user may see. */
    protected abstract void page(HttpServletRequest request, HttpServletResponse response, String key, String page)
            throws IOException;

    protected Gate gate() {
        return gate;
    }

    protected Pages pages() {
        return pages;
    }

    /** {@code /KEY} (when there is a home page) or {@code /KEY/PAGE} as key and page; anything else is no page. */
    private Optional<String[]> address(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/", -1);
        if (parts.length < 2 || !parts[0].isEmpty() || parts[1].isBlank()) {
            return Optional.empty();
        }
        if (parts.length == 2) {
            return home == null ? Optional.empty() : Optional.of(new String[] {parts[1], home});
        }
        if (parts.length != 3 || !subpages.contains(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new String[] {parts[1], parts[2]});
    }
}
