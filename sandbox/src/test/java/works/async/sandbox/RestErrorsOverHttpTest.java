package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Requests the server refuses itself, before or around the plugin's REST resources, answer under the REST path with
 * the JSON error body every other REST error has, never Jetty's HTML page. Sent over a raw socket, since HTTP
 * clients refuse to send most of them.
 */
@DisplayName("REST errors Jetty answers itself (bad Content-Type, %00, 414, 431) are the JSON error body")
class RestErrorsOverHttpTest {

    static final String R = SandboxClient.REST;
    static FixedSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = FixedSandbox.at(SandboxInstants.EUROPE_MORNING);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Status line, headers and body of one raw exchange. */
    record Raw(int status, String headers, String body) {
        JsonNode json() throws IOException {
            assertThat(headers.toLowerCase(Locale.ROOT)).as(headers).contains("content-type: application/json");
            assertThat(body).as(body).doesNotContain("<html", "Exception", "org.eclipse");
            return SandboxClient.JSON.readTree(body);
        }
    }

    static Raw send(String head, String body) throws IOException {
        int port = sandbox.sandbox().baseUri().getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String auth = "Authorization: Basic " + Base64.getEncoder()
                    .encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)) + "\r\n";
            out.write((head + "Host: 127.0.0.1\r\n" + auth + "Connection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + bytes.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, split);
            String rest = text.substring(split + 4);
            if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                rest = unchunk(rest);
            }
            return new Raw(Integer.parseInt(headers.split(" ")[1]), headers, rest);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private int openRequestsOnDemo1() {
        return sandbox.client().get("alice", R + "/issues/DEMO-1/async").json().get("replyRequests").size();
    }

    @Test
    void anUnreadableContentTypeIsA400JsonErrorAndStoresNothing() throws IOException {
        int before = openRequestsOnDemo1();

        Raw raw = send("POST " + R + "/issues/DEMO-1/reply-requests HTTP/1.1\r\nContent-Type: ;;;\r\n",
                "{\"recipient\":\"bob\",\"question\":\"Q?\"}");

        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.json().get("error").asText()).isEqualTo("invalid");
        assertThat(openRequestsOnDemo1()).isEqualTo(before);
    }

    @Test
    void aContentTypeOtherThanJsonIs415Json() throws IOException {
        Raw raw = send("POST " + R + "/issues/DEMO-1/reply-requests HTTP/1.1\r\nContent-Type: application/xml\r\n",
                "<q/>");

        assertThat(raw.status()).isEqualTo(415);
        assertThat(raw.json().get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void aNulInThePathIsA400JsonError() throws IOException {
        Raw raw = send("GET " + R + "/issues/DEMO%00-1/async HTTP/1.1\r\n", null);

        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.json().get("error").asText()).isEqualTo("invalid");
    }

    @Test
    void aUriOverTheLimitIs414Json() throws IOException {
        Raw raw = send("GET " + R + "/users?query=" + "a".repeat(20_000) + " HTTP/1.1\r\n", null);

        assertThat(raw.status()).isEqualTo(414);
        assertThat(raw.json().get("error").asText()).isEqualTo("uri_too_long");
    }

    @Test
    void headersOverTheLimitAre431Json() throws IOException {
        Raw raw = send("GET " + R + "/users/me HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n", null);

        assertThat(raw.status()).isEqualTo(431);
        assertThat(raw.json().get("error").asText()).isEqualTo("headers_too_large");
    }

    @Test
    void aHostPageKeepsItsHtmlErrorPage() throws IOException {
        Raw raw = send("GET /browse/DEMO-1 HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n", null);

        assertThat(raw.status()).isEqualTo(431);
        assertThat(raw.body()).contains("<html").doesNotContain("\"error\"");
    }
}
