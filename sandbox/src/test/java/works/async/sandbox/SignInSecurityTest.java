package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import works.async.sandbox.SandboxClient.Reply;

/**
 * The sandbox's own web security, tried as an attacker would over HTTP: where sign-in may send the browser, the
 * login and logout forms' tokens, the session cookie's flags, the headers of every answer, TRACE, and what error
 * pages give away. (Sign-in throttling, which needs a clock that moves, is {@link SignInThrottleTest}.)
 */
@DisplayName("Sandbox web security: safe redirects after login, login/logout tokens, headers, TRACE, error pages")
class SignInSecurityTest {

    static FixedSandbox fixed;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(Instant.parse("2026-03-09T10:00:00Z"));
        client = fixed.client();
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    /** Each as a browser would send it (the value once form-decoded) and with its escapes kept (decoded twice). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/.//evil.com", "/a/..//evil.com", "/%2e//evil.com", "/%2E%2E//evil.com", "/%09/evil.com",
            "/%00//evil.com", "//evil.com", "/\\evil.com", "/%5cevil.com", "https://evil.com/", "/%2F/evil.com",
            "/a/../../evil.com", "/\t/evil.com", "/x%0d%0aSet-Cookie:%20a=b", "javascript:alert(1)",
            "/%", "/%zz"})
    void loginNeverSendsTheBrowserOffSiteAndNeverFails(String destination) {
        for (String value : List.of(destination, URLEncoder.encode(destination, StandardCharsets.UTF_8))) {
            Reply login = client.login(Map.of("os_username", "alice", "os_password", "alice", "os_destination", value));

            assertThat(login.status()).as(value).isEqualTo(302);
            assertThat(login.raw().headers().firstValue("Location")).as(value).hasValue("/issues");
        }
    }

    @Test
    void aDestinationOnThisSiteIsFollowedWithItsDotSegmentsResolved() {
        assertThat(location(client.login(Map.of("os_username", "bob", "os_password", "bob",
                "os_destination", "/browse/DEMO-1?focus=comments&x=%2F%2Fa")))).isEqualTo("/browse/DEMO-1?focus=comments&x=%2F%2Fa");
        assertThat(location(client.login(Map.of("os_username", "bob", "os_password", "bob",
                "os_destination", "/spaces/./TEAM/x/../")))).isEqualTo("/spaces/TEAM/");
        assertThat(location(client.login(Map.of("os_username", "bob", "os_password", "bob",
                "os_destination", "/secure/async-work/admin?type=New%20Feature")))).isEqualTo("/secure/async-work/admin?type=New%20Feature");
    }

    @Test
    void theLoginPageCarriesOnlyASafeDestinationInItsForm() {
        Reply page = client.get(null, "/login?os_destination=" + URLEncoder.encode("/.//evil.com", StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"os_destination\" value=\"/issues\"").doesNotContain("evil.com");
    }

    @Test
    void theLoginFormNeedsItsSessionsTokenSoNoOtherSiteCanSignAVisitorIn() {
        Reply noToken = client.send(client.request(null, "/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("os_username", "alice", "os_password", "alice"))).build());
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("id=\"login-error\"").contains("expired");
        assertSignedOut(noToken.raw().headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(""));

        Reply form = client.get(null, "/login");
        String cookie = SandboxClient.cookie(form);
        Reply otherToken = client.send(client.request(null, "/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("os_username", "alice", "os_password", "alice",
                        "atl_token", "0123456789abcdef0123456789abcdef01234567"))).build());
        assertThat(otherToken.status()).isEqualTo(403);
        assertSignedOut(cookie);

        assertThat(client.login(Map.of("os_username", "alice", "os_password", "alice")).status()).isEqualTo(302);
    }

    @Test
    void aTokenInTheQueryStringIsRefusedEvenWithTheRightOneInTheBody() {
        Reply form = client.get(null, "/login");
        String cookie = SandboxClient.cookie(form);
        String token = HostPagesTest.token(form.body());

        Reply inQuery = client.send(client.request(null, "/login?atl_token=" + token).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("os_username", "alice", "os_password", "alice"))).build());
        assertThat(inQuery.status()).isEqualTo(403);
        Reply both = client.send(client.request(null, "/login?atl_token=" + token).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("os_username", "alice", "os_password", "alice", "atl_token", token))).build());
        assertThat(both.status()).isEqualTo(403);
        assertSignedOut(cookie);

        // The same for the host's other forms: the profile form of a signed-in user.
        String alice = client.signIn("alice");
        String profileToken = HostPagesTest.token(page(alice, ProfilePage.PATH).body());
        Reply profile = client.send(client.request(null, ProfilePage.PATH + "?atl_token=" + profileToken).header("Cookie", alice)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("timeZone", "Asia/Tokyo"))).build());
        assertThat(profile.status()).isEqualTo(403);
        assertThat(fixed.sandbox().services().users.byUsername("alice").orElseThrow().zone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void signingInGivesANewSessionIdAndANewToken() {
        Reply form = client.get(null, "/login");
        String before = SandboxClient.cookie(form);
        String tokenBefore = HostPagesTest.token(form.body());
        Reply login = client.send(client.request(null, "/login").header("Cookie", before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("os_username", "carol", "os_password", "carol", "atl_token", tokenBefore))).build());
        String after = SandboxClient.cookie(login);

        assertThat(after).isNotEqualTo(before);
        assertSignedOut(before);
        assertThat(HostPagesTest.token(page(after, "/issues").body())).isNotEmpty().isNotEqualTo(tokenBefore);
    }

    @Test
    void logoutIsAPostWithTheTokenSoALinkOrAForeignFormCannotSignAnybodyOut() {
        String bob = client.signIn("bob");
        Reply issues = page(bob, "/issues");
        // The header's "Log out" is a form posting the session's token.
        assertThat(issues.body()).containsPattern("<form method=\"post\" action=\"/logout\" class=\"sandbox-logout-form\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\"[0-9a-f]+\"><button type=\"submit\" class=\"aui-button aui-button-link\" id=\"logout\">");
        String token = HostPagesTest.token(issues.body());

        Reply asked = page(bob, "/logout");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("id=\"logout-form\"");
        assertThat(page(bob, "/issues").status()).as("a GET signs nobody out").isEqualTo(200);

        Reply foreign = postForm(bob, "/logout", Map.of());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(postForm(bob, "/logout?atl_token=" + token, Map.of()).status()).isEqualTo(403);
        assertThat(page(bob, "/issues").status()).as("still signed in").isEqualTo(200);

        Reply out = postForm(bob, "/logout", Map.of("atl_token", token));
        assertThat(out.status()).isEqualTo(302);
        assertThat(location(out)).isEqualTo("/login");
        assertSignedOut(bob);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        Reply login = client.login(Map.of("os_username", "dinesh", "os_password", "dinesh"));
        String setCookie = login.raw().headers().allValues("Set-Cookie").get(0);

        assertThat(setCookie).startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void jsonAnswersAreNotSniffedNorStoredAndNoAnswerNamesTheServerVersion() {
        Reply json = client.get("alice", SandboxClient.REST + "/schedules/me");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.raw().headers().firstValue("Cache-Control")).hasValue("no-store");

        Reply error = client.get(null, SandboxClient.REST + "/schedules/me");
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(error.raw().headers().firstValue("Cache-Control")).hasValue("no-store");

        for (Reply r : List.of(json, error, client.get(null, "/login"), client.get(null, "/issues"),
                client.get("alice", "/no/such/page"), client.get(null, "/static/sandbox/sandbox.css"))) {
            assertThat(r.raw().headers().firstValue("Server")).as(r.raw().uri().toString()).isEmpty();
            assertThat(r.raw().headers().firstValue("X-Powered-By")).isEmpty();
            assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).as(r.raw().uri().toString()).hasValue("nosniff");
        }
    }

    @ParameterizedTest(name = "TRACE {0}")
    @ValueSource(strings = {"/", "/issues", "/login", "/no/such/page", "/static/sandbox/sandbox.css",
            SandboxClient.REST + "/schedules/me"})
    void traceIsRefusedOnEveryPathAndEchoesNothing(String path) {
        Reply trace = client.send(client.request("alice", path).header("Cookie", "JSESSIONID=secret-cookie")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.body()).doesNotContain("secret-cookie").doesNotContain("Authorization");
        assertThat(trace.raw().headers().firstValue("Allow").orElse("")).doesNotContain("TRACE");
    }

    @Test
    void errorPagesNameNoClassNoServerAndNoStackTrace() {
        List<Reply> errors = List.of(
                client.get("alice", "/no/such/page"),
                client.get(null, "/static/no-such-file.css"),
                client.get("alice", "/browse/NOPE-1"),
                client.send(client.request("alice", "/no/such/page").header("Accept", "application/json").GET().build()),
                client.send(client.request("alice", "/no/such/page").header("Accept", "text/plain").GET().build()),
                client.postJson("alice", "/issues", "{}"),
                client.send(client.request("alice", "/browse/DEMO-1").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HostPagesTest.form(Map.of("action", "comment"))).build()));
        for (Reply r : errors) {
            assertThat(r.status()).as(r.raw().uri().toString()).isBetween(400, 499);
            assertNothingGivenAway(r);
        }
        assertThat(errors.get(0).body()).contains("404");
    }

    static void assertNothingGivenAway(Reply r) {
        assertThat(r.body()).as(r.raw().uri() + " " + r.status())
                .doesNotContainIgnoringCase("jetty").doesNotContain("works.async").doesNotContain("org.eclipse")
                .doesNotContain("Servlet").doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
    }

    private static void assertSignedOut(String cookie) {
        Reply r = page(cookie, "/issues");
        assertThat(r.status()).as("signed out with " + cookie).isEqualTo(302);
        assertThat(location(r)).startsWith("/login");
    }

    private static Reply page(String cookie, String path) {
        return client.send(client.request(null, path).header("Cookie", cookie).GET().build());
    }

    private static Reply postForm(String cookie, String path, Map<String, String> fields) {
        return client.send(client.request(null, path).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HostPagesTest.form(fields)).build());
    }

    private static String location(Reply r) {
        return r.raw().headers().firstValue("Location").orElse("");
    }
}
