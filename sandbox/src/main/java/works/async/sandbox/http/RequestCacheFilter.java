package works.async.sandbox.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import works.async.sandbox.host.RequestCache;

/** Gives each HTTP request its own {@link RequestCache}, dropped when the request ends. */
public final class RequestCacheFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestCache.open();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestCache.close();
        }
    }
}
