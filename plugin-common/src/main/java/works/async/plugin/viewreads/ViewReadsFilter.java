package works.async.plugin.viewreads;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Opens a {@link ViewReads} scope for a GET or HEAD of a host's view page (the descriptors' {@code servlet-filter}
 * names the issue and page view paths), so the panel, the banner and the macros of one view share their reads.
 * Other methods pass through untouched: they write.
 */
public final class ViewReadsFilter implements Filter {

    private final ViewReads reads;

    public ViewReadsFilter(ViewReads reads) {
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !isRead(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        try (ViewReads.Scope ignored = reads.open()) {
            chain.doFilter(request, response);
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
