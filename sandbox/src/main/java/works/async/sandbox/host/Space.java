package works.async.sandbox.host;

import java.util.List;

/**
 * A Confluence-like space with its administrators (user keys; the first is its owner) and members. A space with members
 * is restricted, as a space whose view permission is granted to a few: only its members and administrators may see it
 * and its pages. Without members everyone signed in may.
 */
public record Space(String key, String name, List<String> admins, List<String> members) {

    public Space {
        admins = List.copyOf(admins);
        members = List.copyOf(members);
    }

    /** A space everyone signed in may view. */
    public Space(String key, String name, List<String> admins) {
        this(key, name, admins, List.of());
    }

    /** Whether the user may view the space and its pages (Confluence's VIEWSPACE). */
    public boolean mayView(String userKey) {
        return userKey != null && (members.isEmpty() || members.contains(userKey) || admins.contains(userKey));
    }
}
