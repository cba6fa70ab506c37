package works.async.sandbox.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response rules of every URL, in front of all other filters: TRACE (and TRACK) are refused with 405, since
 * they echo the request's headers (cookies, Authorization) back to whoever can make a browser send one; every answer
 * carries {@code X-Content-Type-Options: nosniff}, so a browser never runs an answer as a type it was not sent as;
 * and JSON answers carry {@code Cache-Control: no-store}, so a user's data stays out of shared and browser caches.
 */
public final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> ECHO_METHODS = Set.of("TRACE", "TRACK");
    static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse wrapped = new NoStoreForJson(response);
        wrapped.setHeader("X-Content-Type-Options", "nosniff");
        if (ECHO_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            wrapped.setHeader("Allow", ALLOW);
            JsonErrors.send(wrapped, 405, "method_not_allowed", "sandbox.error.method.not.allowed");
            return;
        }
        chain.doFilter(request, wrapped);
    }

    /** Adds {@code Cache-Control: no-store} the moment a JSON content type is set, however it is set. */
    static final class NoStoreForJson extends HttpServletResponseWrapper {

        NoStoreForJson(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            noStoreIfJson(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                noStoreIfJson(value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                noStoreIfJson(value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            // reset() clears the headers; nosniff stays a rule of every answer, the 500 page's too.
            super.setHeader("X-Content-Type-Options", "nosniff");
        }

        private void noStoreIfJson(String type) {
            if (type != null && isJson(type)) {
                super.setHeader("Cache-Control", "no-store");
            }
        }
    }

    static boolean isJson(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        String bare = (semi < 0 ? t : t.substring(0, semi)).trim();
        return bare.equals("application/json") || bare.endsWith("+json");
    }
}
