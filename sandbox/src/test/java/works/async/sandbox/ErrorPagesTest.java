package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;

/**
 * Unknown addresses and refused requests answer a page of the product's look (the sandbox's header, a heading, a
 * sentence, a link home) with the right status, never Jetty's page; the REST path keeps its JSON errors.
 */
class ErrorPagesTest {

    static FixedSandbox fixed;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(Instant.parse("2026-12-02T09:30:00Z"));
        client = fixed.client();
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    @Test
    void anUnknownAddressIsThePagesNotFoundPageWithTheSignedInUsersHeader() {
        String cookie = client.signIn("alice");
        Reply r = page(cookie, "/no/such/page");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.raw().headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertProductPage(r, "Page not found", "There is nothing here, or you may not see it.");
        // The header is the signed-in user's, as on every other page, though no servlet served this address.
        assertThat(r.body()).contains("Alice Becker", "href=\"/spaces\"");
    }

    @Test
    void aMethodAPageDoesNotTakeIsRefusedInPlainWords() {
        Reply r = client.send(client.request(null, "/secure/async-work/settings").header("Cookie", client.signIn("bob"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

        assertThat(r.status()).isEqualTo(405);
        assertProductPage(r, "This cannot be done here", "This method is not allowed here.");
        assertThat(r.body()).doesNotContain("HTTP method");
    }

    @Test
    void refusedAndMissingPagesOfTheHostHaveTheSameLook() {
        String bob = client.signIn("bob");
        assertProductPage(expect(403, page(bob, "/secure/async-work/outbox")), "You may not do this",
                "Only administrators may do this.");
        assertProductPage(expect(404, page(bob, "/browse/HR-1")), "Page not found",
                "There is nothing here, or you may not see it.");
        // A form post without the session's token, as another site could send it.
        Reply xsrf = client.send(client.request(null, "/browse/DEMO-1").header("Cookie", bob)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=comment&body=hi")).build());
        assertProductPage(expect(403, xsrf), "You may not do this", "could have been sent by another site");
    }

    @Test
    void aMissingFileOfASignedOutVisitorIsAPageTooWithoutTheNavigation() {
        Reply r = expect(404, client.get(null, "/static/no-such-file.css"));
        assertProductPage(r, "Page not found", "There is nothing here");
        assertThat(r.body()).doesNotContain("href=\"/spaces\"");
    }

    @Test
    void theRestPathKeepsItsJsonErrors() {
        Reply r = client.get("alice", SandboxClient.REST + "/no-such-resource");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.json().path("error").asText()).isEqualTo("not_found");
        assertThat(r.body()).doesNotContain("<html", "sandbox-error");
    }

    private static Reply page(String cookie, String path) {
        return client.send(client.request(null, path).header("Cookie", cookie).GET().build());
    }

    private static Reply expect(int status, Reply r) {
        assertThat(r.status()).as(r.raw().uri().toString()).isEqualTo(status);
        return r;
    }

    private static void assertProductPage(Reply r, String heading, String sentence) {
        assertThat(r.body()).as(r.raw().uri().toString())
                .contains("class=\"aui-header\"", "/static/aui/aui-prototyping.css", "id=\"sandbox-error\"",
                        "<h1>" + heading + "</h1>", sentence, "class=\"sandbox-error-home\" href=\"/issues\"")
                .doesNotContain("HTTP ERROR").doesNotContainIgnoringCase("jetty").doesNotContain("Exception")
                .doesNotContain("works.async").doesNotContain("Servlet");
    }
}
