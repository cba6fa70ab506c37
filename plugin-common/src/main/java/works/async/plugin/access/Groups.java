package works.async.plugin.access;

import java.util.List;
import java.util.Objects;

import works.async.core.Bounds;
import works.async.plugin.spi.UserDirectory;

/**
 * Looking groups up for choosing one on the policy form (coordinators, escalation target). Open to signed-in users
 * who may search people, as the products' own group pickers are: the form is for project and space administrators,
 * who are not host administrators, and a group name tells no more than the user names the people search shows.
 */
public final class Groups {

    /** As many as people search offers: a longer list means the query should be more specific. */
    public static final int MAX_RESULTS = People.MAX_RESULTS;

    private final UserDirectory directory;
    private final Caller caller;

    public Groups(UserDirectory directory, Caller caller) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** Group names containing the query; a blank query, or one no group name could contain, finds none. */
    public List<String> search(String query, int limit) {
        People.requireMaySearch(directory, caller.require());
        if (query == null || query.isBlank() || Bounds.nameProblem(query.strip(), Bounds.MAX_NAME) != null) {
            return List.of();
        }
        int bounded = Math.max(1, Math.min(limit, MAX_RESULTS));
        // Cut again: a host's search may answer more than asked.
        return directory.searchGroups(query.strip(), bounded).stream().limit(bounded).toList();
    }
}
