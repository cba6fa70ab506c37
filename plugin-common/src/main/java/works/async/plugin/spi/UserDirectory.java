package works.async.plugin.spi;

import java.util.List;
import java.util.Optional;

/** Host port to look people up by key, by user name, or by a search string (for choosing people in the UI). */
public interface UserDirectory {

    Optional<HostUser> byKey(String key);

    /** Host user names are case-insensitive; implementations match them that way. */
    Optional<HostUser> byUsername(String username);

    /** Active users whose name, user name or display name contains the query, at most {@code limit}. */
    List<HostUser> search(String query, int limit);

    /**
     * Members of a host group, at most {@code limit}, for escalations addressed to a group; hosts that cannot list
     * groups keep the default, and such escalations then reach only the person who owes the answer.
     */
    default List<HostUser> groupMembers(String group, int limit) {
        return List.of();
    }
}
