package works.async.sandbox.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import works.async.plugin.database.DatabaseUnavailable;
import works.async.sandbox.pages.Chrome;
import works.async.sandbox.sal.SandboxText;

/**
 * Turns an unexpected failure of a host page into a plain 500 with a generic message: Jetty's error page would
 * otherwise print the exception's message and its causes to the visitor. The details go to the log. The database
 * going away (its server ended the connections, or restarts) is no bug: it answers 503, in the REST error shape
 * under {@code /rest/} and as a page of the sandbox's own look elsewhere, and the next request, on a fresh
 * connection from the pool, is served again.
 */
public final class UnexpectedErrorFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorFilter.class);

    private final Chrome chrome;

    /** @param chrome the host's page layout, for the "try again" page */
    public UnexpectedErrorFilter(Chrome chrome) {
        this.chrome = java.util.Objects.requireNonNull(chrome, "chrome");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (DatabaseUnavailable.is(e)) {
                LOG.warn("Request failed: the database is unavailable ({})", e.toString());
                if (!response.isCommitted()) {
                    response.reset();
                    unavailable((HttpServletRequest) request, (HttpServletResponse) response);
                }
                return;
            }
            LOG.error("Request failed", e);
            if (!response.isCommitted()) {
                response.reset();
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Something went wrong; the details are in the sandbox log.");
            }
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/rest/")) {
            JsonErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", "sandbox.error.unavailable");
            return;
        }
        // The layout needs nothing from the database: no signed-in user is looked up for this page.
        chrome.errorPage(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                SandboxText.get("sandbox.error.unavailable"));
    }
}
