package works.async.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session cookie of the sandbox's HTTP host, over plain HTTP and over HTTPS. The sandbox has no TLS connector of
 * its own, so a connector customizer stands in for one here, marking requests secure exactly as Jetty's
 * {@code SecureRequestCustomizer} does for a TLS connection; everything else is the host's real configuration.
 */
class SessionCookieTest {

    private final AtomicBoolean overHttps = new AtomicBoolean();
    private HttpHost host;

    @BeforeEach
    void start() throws Exception {
        host = new HttpHost("127.0.0.1", 0).servlet(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                request.getSession(true);
                response.getWriter().write(request.isSecure() ? "secure" : "plain");
            }
        }, "/session");
        host.httpConfiguration().addCustomizer((request, headers) -> !overHttps.get() ? request
                : new Request.Wrapper(request) {
                    @Override
                    public boolean isSecure() {
                        return true;
                    }
                });
        host.start();
    }

    @AfterEach
    void stop() throws Exception {
        host.stop();
    }

    private HttpResponse<String> get() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + "/session"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        overHttps.set(true);

        HttpResponse<String> r = get();

        assertThat(r.body()).isEqualTo("secure");
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void overPlainHttpItIsNotSecureSinceTheBrowserWouldNeverSendItBack() throws Exception {
        HttpResponse<String> r = get();

        assertThat(r.body()).isEqualTo("plain");
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
                .doesNotContain("Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void anXForwardedProtoHeaderIsNotTrustedToMakeARequestSecure() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + host.port() + "/session")).header("X-Forwarded-Proto", "https")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.body()).isEqualTo("plain");
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }
}
