package works.async.sandbox;

import java.net.http.HttpRequest;
import java.util.Map;

import works.async.sandbox.SandboxClient.Reply;

/** The sandbox's profile page as a signed-in browser uses it: a session cookie and the form's atl_token. */
final class ProfilePage {

    static final String PATH = "/secure/ViewProfile.jspa";

    private final SandboxClient client;
    private final String cookie;

    private ProfilePage(SandboxClient client, String cookie) {
        this.client = client;
        this.cookie = cookie;
    }

    /** Signs in through the login form (the profile form needs a session; Basic-auth clients have no token). */
    static ProfilePage signIn(SandboxClient client, String user) {
        return new ProfilePage(client, client.signIn(user));
    }

    Reply page() {
        return open(PATH);
    }

    /** A page of this site in this session, e.g. where the form redirected to. */
    Reply open(String path) {
        return client.send(client.request(null, path).header("Cookie", cookie).GET().build());
    }

    /** Submits the profile form with this zone, with the page's own token or without any. */
    Reply choose(String zone, boolean withToken) {
        String token = withToken ? HostPagesTest.token(page().body()) : "";
        return client.send(client.request(null, PATH).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("atl_token", token, "timeZone", zone))).build());
    }
}
