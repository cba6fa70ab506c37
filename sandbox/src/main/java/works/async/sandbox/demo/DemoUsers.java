package works.async.sandbox.demo;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The demo's named groups and their members (keys equal user names), beside the products' default groups:
     * group pickers find them, and the PEOPLE space's policy escalates to {@link #PEOPLE_TEAM}.
     */
    public static final Map<String, List<String>> GROUPS;

    /** The people team: the restricted project's and space's working members. */
    public static final String PEOPLE_TEAM = "people-team";

    static {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("developers", List.of("alice", "bob", "dinesh", "emma"));
        groups.put("release-managers", List.of("alice", "carol"));
        groups.put(PEOPLE_TEAM, List.of("carol", "dinesh", "emma"));
        GROUPS = java.util.Collections.unmodifiableMap(groups);
    }

    private DemoUsers() {
    }
}
