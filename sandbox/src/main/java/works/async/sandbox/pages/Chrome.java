package works.async.sandbox.pages;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.auth.XsrfTokens;
import works.async.sandbox.host.Comment;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.sal.SandboxText;
import works.async.sandbox.velocity.VelocityTemplateRenderer;

/**
 * The host chrome around every page: renders a body template, then the layout (header, navigation, AUI) around
 * it. Host templates get maps only, so the global allowlist (Map#get) covers them.
 */
public final class Chrome {

    public static final String LAYOUT = "sandbox-templates/layout.vm";
    /** The body of an error page (unknown address, refused request, ...). */
    public static final String ERROR = "sandbox-templates/error.vm";

    private final VelocityTemplateRenderer renderer;
    private final WebResources webResources;

    public Chrome(VelocityTemplateRenderer renderer, WebResources webResources) {
        this.renderer = renderer;
        this.webResources = webResources;
    }

    public VelocityTemplateRenderer renderer() {
        return renderer;
    }

    /** A fresh model with what every host template may use: the viewer, the XSRF token and the context path. */
    public Map<String, Object> model(HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.getContextPath());
        model.put("webResources", webResources.asMap());
        CurrentUser.get().ifPresent(u -> model.put("viewer", user(u)));
        if (request.getSession(false) != null || CurrentUser.get().isPresent()) {
            model.put("atlToken", XsrfTokens.token(request));
        }
        return model;
    }

    /** Renders {@code template} with {@code model} inside the layout, titled {@code title} (plain text). */
    public void page(HttpServletResponse response, String title, String section, String template,
                     Map<String, Object> model) throws IOException {
        String html = html(title, section, template, model);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.getWriter().write(html);
    }

    /**
     * An error page with this status in the product's look: a heading for the status, the message (plain text) and
     * a link to the issue list, as Jira's and Confluence's own "page not found" and "not allowed" pages.
     */
    public void errorPage(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        Map<String, Object> model = errorModel(request, status, message);
        page(response, (String) model.get("title"), "", ERROR, model);
    }

    /** The same page as a whole document, for the container's error handler (which writes it itself). */
    public String errorHtml(HttpServletRequest request, int status, String message) {
        Map<String, Object> model = errorModel(request, status, message);
        return html((String) model.get("title"), "", ERROR, model);
    }

    private Map<String, Object> errorModel(HttpServletRequest request, int status, String message) {
        Map<String, Object> model = model(request);
        String heading = SandboxText.get(headingKey(status));
        model.put("heading", heading);
        model.put("message", message);
        model.put("status", Integer.toString(status));
        model.put("title", heading + " (" + status + ")");
        return model;
    }

    /** The heading of an error page: the statuses people meet have their own, the others their class's. */
    static String headingKey(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 413, 429, 503 -> "sandbox.error.heading." + status;
            default -> status >= 500 ? "sandbox.error.heading.500" : "sandbox.error.heading.400";
        };
    }

    private String html(String title, String section, String template, Map<String, Object> model) {
        String content = renderer.renderToString(template, model);
        Map<String, Object> layout = new HashMap<>(model);
        layout.put("title", title);
        layout.put("section", section);
        // A scalar reference ending in "Html" is inserted as it is, by the products' rule as well.
        layout.put("contentHtml", content);
        return renderer.renderToString(LAYOUT, layout);
    }

    /** How a host comment is shown: "Mon 9 Mar 2026, 14:05" in the viewer's zone, as the products show dates. */
    private static final DateTimeFormatter COMMENT_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /**
     * A comment for a host template: its author's display name, its body (as written, and as shown), and when it was written both as shown to
     * the viewer (in the viewer's time zone, UTC when signed out) and as ISO text for the {@code <time>} element.
     */
    public static Map<String, Object> comment(Comment c, String authorName, String bodyHtml) {
        ZoneId zone = CurrentUser.get().map(SandboxUser::zone).orElse(ZoneOffset.UTC);
        Map<String, Object> m = new HashMap<>();
        m.put("author", authorName);
        m.put("body", c.body());
        // Escaped text with mentions as names (CommentHtml); templates insert it through a reference named *Html.
        m.put("bodyHtml", bodyHtml);
        m.put("created", c.createdAt().toString());
        m.put("createdText", COMMENT_TIME.format(c.createdAt().atZone(zone)));
        return m;
    }

    public static Map<String, Object> user(SandboxUser u) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", u.key());
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("zone", u.zone().getId());
        m.put("admin", u.admin());
        return m;
    }
}
