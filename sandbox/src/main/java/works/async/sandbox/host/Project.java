package works.async.sandbox.host;

import java.util.List;

/**
 * A Jira-like project: key, name, lead, administrators and members (user keys). A project with members is restricted,
 * as a Jira project whose browse permission is granted to a few: only its members, administrators and lead may see it
 * and its issues. Without members everyone signed in may.
 */
public record Project(String key, String name, String lead, List<String> admins, List<String> members) {

    public Project {
        admins = List.copyOf(admins);
        members = List.copyOf(members);
    }

    /** A project everyone signed in may browse. */
    public Project(String key, String name, String lead, List<String> admins) {
        this(key, name, lead, admins, List.of());
    }

    /** Whether the user may browse the project (Jira's BROWSE_PROJECTS). */
    public boolean mayBrowse(String userKey) {
        return userKey != null && (members.isEmpty() || members.contains(userKey) || admins.contains(userKey)
                || userKey.equals(lead));
    }
}
