package works.async.sandbox.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import works.async.sandbox.sal.SandboxText;

/**
 * Jetty's error pages without what would help an attacker: Jetty's own page names the servlet that failed (its class
 * name, e.g. {@code works.async.sandbox.pages.LoginServlet-6aad919c}, or Jetty's {@code Default404Servlet}) and can
 * print an exception's text. This one shows the status, its reason and the message the sandbox gave with
 * {@code sendError}, and for a failure carrying an exception only a generic sentence (the details go to the log).
 * The "Powered by Jetty" line goes with the server version ({@code HttpConfiguration.setSendServerVersion(false)}).
 * Once the host gives it its {@link Pages}, an HTML error is a page of the product's look instead (the layout, a
 * heading, the message, a link home), as Jira and Confluence answer an unknown address or a refused request.
 */
public class SafeErrorPages extends ErrorPageErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SafeErrorPages.class);

    /** The host's error page in its own look. */
    @FunctionalInterface
    public interface Pages {
        /** The whole HTML document for an error with this status and message (a sentence for people). */
        String html(HttpServletRequest request, int status, String message);
    }

    private volatile Pages pages;

    /** From now on HTML errors are the host's pages. */
    public void pages(Pages pages) {
        this.pages = pages;
    }

    public SafeErrorPages() {
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
                                  Throwable cause) throws IOException {
        Pages host = pages;
        ServletContextRequest servletRequest = host == null ? null : Request.asInContext(request, ServletContextRequest.class);
        if (servletRequest != null) {
            String html;
            try {
                html = host.html(servletRequest.getServletApiRequest(), code, pageMessage(code, message, cause));
            } catch (RuntimeException e) {
                // The plain page below still says what happened; the layout's failure is for the log.
                LOG.warn("The error page could not be rendered in the sandbox's layout", e);
                html = null;
            }
            if (html != null) {
                writer.write(html);
                return;
            }
        }
        super.writeErrorHtml(request, writer, charset, code, message, cause);
    }

    @Override
    protected void writeErrorHtmlMessage(Request request, Writer writer, int code, String message, Throwable cause,
                                         String uri) throws IOException {
        writer.write("<h2>HTTP ERROR ");
        write(writer, status(code));
        writer.write("</h2>\n<p>");
        write(writer, safeMessage(code, message, cause));
        writer.write("</p>\n");
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("HTTP ERROR " + status(code) + "\n" + safeMessage(code, message, cause) + "\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"status\":" + code + ",\"message\":\"" + jsonEscape(safeMessage(code, message, cause)) + "\"}");
    }

    private static String status(int code) {
        String reason = HttpStatus.getMessage(code);
        return reason == null ? Integer.toString(code) : code + " " + reason;
    }

    /** The sandbox's own message, or for a thrown failure (whose text may name classes) a generic one. */
    static String safeMessage(int code, String message, Throwable cause) {
        if (cause != null || code >= 500 && (message == null || looksTechnical(message))) {
            return SandboxText.get("sandbox.error.page");
        }
        if (message == null || message.isBlank() || looksTechnical(message)) {
            String reason = HttpStatus.getMessage(code);
            return reason == null ? Integer.toString(code) : reason;
        }
        return message;
    }

    /**
     * What an error page tells people: the sandbox's own message, else the sandbox's sentence for the status
     * (e.g. 405: "This method is not allowed here."), never exception text.
     */
    static String pageMessage(int code, String message, Throwable cause) {
        // A 405 comes from the servlet API itself ("HTTP method POST is not supported by this URL"): jargon.
        if (cause == null && code != 405 && message != null && !message.isBlank() && !looksTechnical(message)
                && !message.equals(HttpStatus.getMessage(code))) {
            return code >= 500 ? safeMessage(code, message, null) : message;
        }
        return code >= 500 && code != 503 ? SandboxText.get("sandbox.error.page")
                : SandboxText.get(RestErrorPages.codeOf(code).getValue());
    }

    /** Exception text ("java.lang.IllegalStateException: …", "at works.async…") rather than a sentence for people. */
    static boolean looksTechnical(String message) {
        return message.matches("(?s).*\\b(java|javax|jakarta|org|com|works)\\.[a-z]\\w*\\..*")
                || message.contains("Exception") || message.contains("\tat ");
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
