package works.async.plugin.spi;

import java.util.List;
import java.util.Optional;

/**
 * Host port to look people up by key, by user name, or by a search string (for choosing people in the UI), and to
 * find the host's groups (a policy names groups as coordinators and as escalation targets).
 */
public interface UserDirectory {

    Optional<HostUser> byKey(String key);

    /** Host user names are case-insensitive; implementations match them that way. */
    Optional<HostUser> byUsername(String username);

    /**
     * Whether this user may look people and groups up by part of their name, as the host's own pickers let them (Jira:
     * the "Browse users" global permission). Hosts without such a permission keep the default: everyone signed in.
     */
    default boolean maySearch(String userKey) {
        return true;
    }

    /** Active users whose name, user name or display name contains the query, at most {@code limit}. */
    List<HostUser> search(String query, int limit);

    /**
     * Members of a host group, at most {@code limit}, for escalations addressed to a group; hosts that cannot list
     * groups keep the default, and such escalations then reach only the person who owes the answer.
     */
    default List<HostUser> groupMembers(String group, int limit) {
        return List.of();
    }

    /**
     * The host's group of this name, as the host spells it; group names are matched as the host matches them
     * (case-insensitively in Jira's and Confluence's directories). Empty when there is no such group.
     */
    Optional<String> group(String name);

    /** Names of the host's groups that contain the query, at most {@code limit}, in the host's order. */
    List<String> searchGroups(String query, int limit);
}
