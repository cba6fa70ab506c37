package works.async.sandbox.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected failure of a host page into a plain 500 with a generic message: Jetty's error page would
 * otherwise print the exception's message and its causes to the visitor. The details go to the log.
 */
public final class UnexpectedErrorFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            LOG.error("Request failed", e);
            if (!response.isCommitted()) {
                response.reset();
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Something went wrong; the details are in the sandbox log.");
            }
        }
    }
}
