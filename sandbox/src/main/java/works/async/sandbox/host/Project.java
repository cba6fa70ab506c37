package works.async.sandbox.host;

import java.util.List;

/** A Jira-like project: key, name, lead and administrators (user keys). */
public record Project(String key, String name, String lead, List<String> admins) {

    public Project {
        admins = List.copyOf(admins);
    }
}
