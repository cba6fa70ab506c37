package works.async.sandbox.demo;

import java.time.ZoneId;
import java.util.List;

/** The demo people (issue 6): each one's password is their user name; sandbox only, and printed at startup. */
public final class DemoUsers {

    /** One demo person; {@code key} equals the user name, as in a fresh Jira. */
    public record DemoUser(String username, String displayName, ZoneId zone, boolean admin) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Ada Admin", ZoneId.of("Europe/London"), true),
            new DemoUser("alice", "Alice Becker", ZoneId.of("Europe/Berlin"), false),
            new DemoUser("bob", "Bob Miller", ZoneId.of("America/New_York"), false),
            new DemoUser("carol", "Carol Ngata", ZoneId.of("Pacific/Auckland"), false),
            new DemoUser("dinesh", "Dinesh Rao", ZoneId.of("Asia/Kolkata"), false),
            new DemoUser("emma", "Emma Souza", ZoneId.of("America/Sao_Paulo"), false));

    private DemoUsers() {
    }
}
