package works.async.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP calls against a running sandbox, as a user (HTTP Basic, password = user name) or anonymously. */
public final class SandboxClient {

    public static final String REST = "/rest/async-work/1.0";
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SandboxClient(RunningSandbox sandbox) {
        this.base = sandbox.baseUri();
    }

    /** A response with its status and body text. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Reply get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public Reply postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply putJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String user, String path, String contentType, String body, String xsrfHeader) {
        HttpRequest.Builder b = request(user, path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (xsrfHeader != null) {
            b.header("X-Atlassian-Token", xsrfHeader);
        }
        return send(b.build());
    }

    Reply postBytes(String user, String path, byte[] body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Sends the body chunked, without a declared length, as a streaming client would. */
    Reply postChunked(String user, String path, byte[] body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
    }

    /**
     * Signs in through the login form as a browser does and returns the session cookie ({@code JSESSIONID=…}):
     * GET {@code /login} starts a session whose form carries its {@code atl_token}; the POST sends the form's
     * fields with that session's cookie; the answer (302) sets the new session id the signed-in session has.
     */
    String signIn(String user) {
        Reply login = login(java.util.Map.of("os_username", user, "os_password", user));
        if (login.status() != 302) {
            throw new IllegalStateException(user + " could not sign in: " + login.status());
        }
        return cookie(login);
    }

    /** Posts the login form with these fields, after opening it for its session and token, as a browser does. */
    Reply login(java.util.Map<String, String> fields) {
        Reply form = get(null, "/login");
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("atl_token", HostPagesTest.token(form.body()));
        HttpRequest.Builder post = request(null, "/login");
        form.raw().headers().firstValue("Set-Cookie").ifPresent(c -> post.header("Cookie", c.split(";")[0]));
        return send(post.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(all)).build());
    }

    /** The session cookie an answer sets, as {@code name=value}. */
    static String cookie(Reply reply) {
        return reply.raw().headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(
                "no Set-Cookie in the answer (" + reply.status() + ")")).split(";")[0];
    }

    HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
