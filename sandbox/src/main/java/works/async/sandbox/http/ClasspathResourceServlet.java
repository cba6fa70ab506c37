package works.async.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from one classpath folder (AUI copied into the jar, plugin-common's js/ and css/), as the products'
 * web-resource manager serves plugin resources. Paths that climb out of the folder are refused.
 */
public final class ClasspathResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript;charset=UTF-8"), Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("json", "application/json"));

    private final String root;

    /** @param root classpath folder without leading or trailing slash, e.g. {@code static} or {@code js} */
    public ClasspathResourceServlet(String root) {
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            response.sendError(404);
            return;
        }
        String resource = root + path;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "max-age=300");
            in.transferTo(response.getOutputStream());
        }
    }
}
