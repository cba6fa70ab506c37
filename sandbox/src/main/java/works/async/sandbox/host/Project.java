package works.async.sandbox.host;

import java.util.List;

/**
 * A Jira-like project: key, name, lead, administrators and members (user keys). A project with members is restricted,
 * as a Jira project whose browse permission is granted to a few: only its members, administrators and lead may see it
 * and its issues. Without members everyone signed in may.
 */
public record Project(String key, String name, String lead, List<String> admins, List<String> members) {

    /**
     * The issue types of every sandbox project, in the order Jira lists a scheme's: one issue type scheme shared by
     * all, holding every type the demo issues use and two that none uses yet (so a policy can be added for them).
     */
    public static final List<String> ISSUE_TYPES = List.of("Story", "Task", "Bug", "Epic", "New Feature");

    public Project {
        admins = List.copyOf(admins);
        members = List.copyOf(members);
    }

    /** A project everyone signed in may browse. */
    public Project(String key, String name, String lead, List<String> admins) {
        this(key, name, lead, admins, List.of());
    }

    /** The project's issue types (its issue type scheme). */
    public List<String> issueTypes() {
        return ISSUE_TYPES;
    }

    /** Whether the user may browse the project (Jira's BROWSE_PROJECTS). */
    public boolean mayBrowse(String userKey) {
        return userKey != null && (members.isEmpty() || members.contains(userKey) || admins.contains(userKey)
                || userKey.equals(lead));
    }
}
