package works.async.sandbox.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers in the REST error shape {@code {"error","message","field"}} for the REST path, where a
 * client expects JSON whatever went wrong: a request Jetty refuses before any servlet sees it (a {@code %00} in the
 * path, a URI over 8 KiB: 414, headers over 8 KiB: 431), and errors sent by the servlet layer. A request whose first
 * line could not even be read has no known path (Jetty names it {@code BAD /badMessage}); it is answered in JSON too,
 * since nothing says it was for a page. Every other path keeps Jetty's HTML page, without stacks or causes.
 */
public final class RestErrorPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The method Jetty gives a request whose request line it could not read. */
    private static final String UNREAD_METHOD = "BAD";

    private RestErrorPages() {
    }

    /** For the server: requests refused while reading them, before they reach the context. */
    public static ErrorHandler server() {
        return new ServerErrors();
    }

    /** For the servlet context: errors sent by filters, servlets and the container. */
    public static SafeErrorPages context() {
        return new ContextErrors();
    }

    static boolean isRest(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return UNREAD_METHOD.equals(request.getMethod()) || path == null
                || path.equals(HttpHost.REST_PATH) || path.startsWith(HttpHost.REST_PATH + "/");
    }

    /** The code and the sandbox bundle's message key of an error status. */
    static Map.Entry<String, String> codeOf(int status) {
        return switch (status) {
            case 400 -> Map.entry("invalid", "sandbox.error.bad.request");
            case 401 -> Map.entry("unauthenticated", "sandbox.error.unauthenticated");
            case 403 -> Map.entry("forbidden", "sandbox.error.forbidden");
            case 404 -> Map.entry("not_found", "sandbox.error.not.found");
            case 405 -> Map.entry("method_not_allowed", "sandbox.error.method.not.allowed");
            case 413 -> Map.entry("too_large", "sandbox.error.too.large");
            case 414 -> Map.entry("uri_too_long", "sandbox.error.uri.too.long");
            case 415 -> Map.entry("unsupported_media_type", "sandbox.error.unsupported.media.type");
            case 431 -> Map.entry("headers_too_large", "sandbox.error.headers.too.large");
            case 503 -> Map.entry("unavailable", "sandbox.error.unavailable");
            default -> status >= 500 ? Map.entry("internal_error", "sandbox.error.internal")
                    : Map.entry("invalid", "sandbox.error.bad.request");
        };
    }

    static void writeJson(PrintWriter writer, int status) {
        Map.Entry<String, String> code = codeOf(status);
        try {
            writer.write(JSON.writeValueAsString(JsonErrors.body(code.getKey(), code.getValue())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of three strings always writes
        }
    }

    private static final class ServerErrors extends ErrorHandler {
        ServerErrors() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean errorPageForMethod(String method) {
            return true; // a refused PUT to the REST path gets its JSON body too
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) throws IOException {
            return super.generateAcceptableResponse(request, response, callback,
                    isRest(request) ? MimeTypes.Type.APPLICATION_JSON.asString() : contentType, charsets, code,
                    message, cause);
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writeJson(writer, code);
        }
    }

    /** Host pages get SafeErrorPages' HTML (the product's page, no servlet names, no exception text); REST gets JSON. */
    private static final class ContextErrors extends SafeErrorPages {

        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) throws IOException {
            boolean rest = isRest(request);
            if (!rest) {
                // An error page is a host page like the others: never framed by another site.
                response.getHeaders().put("X-Frame-Options", "SAMEORIGIN");
            }
            return super.generateAcceptableResponse(request, response, callback,
                    rest ? MimeTypes.Type.APPLICATION_JSON.asString() : contentType, charsets, code, message, cause);
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writeJson(writer, code);
        }
    }
}
