package works.async.sandbox.crash;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP against one sandbox process, as its users (every demo password is the user name). REST calls sign in with
 * HTTP Basic on each request; the host's own HTML forms (assigning an issue, which opens an ownership request) need
 * a session, made by {@link #signIn}, the one place that knows how the login form looks. A call the node could not
 * answer (killed, not started yet) comes back with status -1 instead of throwing: its outcome is unknown.
 */
final class NodeClient {

    static final String REST = "/rest/async-work/1.0";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    /** What came back: the status (-1: no answer) and the body. */
    record Reply(int status, String body, String contentType) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final SandboxNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    NodeClient(SandboxNode node) {
        this.node = node;
    }

    Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    Reply post(String user, String path, Object body) {
        try {
            return send(request(user, path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("X-Atlassian-Token", "no-check");
    }

    private Reply send(HttpRequest.Builder request) {
        return send(http, request.build());
    }

    private static Reply send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            return new Reply(-1, String.valueOf(e), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "interrupted", "");
        }
    }

    /** A browser-like session of {@code user} on this node, signed in through the login form. */
    Session signIn(String user) {
        Session session = new Session();
        Reply form = session.get("/login");
        Map<String, String> fields = hiddenFields(form.body());
        fields.put("os_username", user);
        fields.put("os_password", user);
        Reply signedIn = session.postForm("/login", fields);
        if (signedIn.status() != 302 && signedIn.status() != 303) {
            throw new IllegalStateException("Sign-in of " + user + " on " + node.name + " answered " + signedIn.status());
        }
        return session;
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** A signed-in browser session (its own cookies). */
    final class Session {
        private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        Reply get(String path) {
            return send(browser, HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                    .GET().build());
        }

        Reply postForm(String path, Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(browser, HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        /**
         * Assigns the issue through its page's form, as a person does (the app then asks the assignee to confirm
         * ownership). A redirect back to the issue is the host's acknowledgement.
         */
        Reply assign(String issueKey, String assignee) {
            Reply page = get("/browse/" + issueKey);
            if (page.status() != 200) {
                return page;
            }
            String token = hiddenFields(page.body()).get("atl_token");
            return postForm("/browse/" + issueKey, Map.of("atl_token", token == null ? "" : token, "action", "assign",
                    "assignee", assignee));
        }
    }
}
