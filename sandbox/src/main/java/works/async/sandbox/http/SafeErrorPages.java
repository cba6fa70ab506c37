package works.async.sandbox.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;

import works.async.sandbox.sal.SandboxText;

/**
 * Jetty's error pages without what would help an attacker: Jetty's own page names the servlet that failed (its class
 * name, e.g. {@code works.async.sandbox.pages.LoginServlet-6aad919c}, or Jetty's {@code Default404Servlet}) and can
 * print an exception's text. This one shows the status, its reason and the message the sandbox gave with
 * {@code sendError}, and for a failure carrying an exception only a generic sentence (the details go to the log).
 * The "Powered by Jetty" line goes with the server version ({@code HttpConfiguration.setSendServerVersion(false)}).
 */
public class SafeErrorPages extends ErrorPageErrorHandler {

    public SafeErrorPages() {
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowCauses(false);
        setShowOrigin(false);
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
