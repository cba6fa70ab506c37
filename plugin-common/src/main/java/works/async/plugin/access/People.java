package works.async.plugin.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/** Looking people up for choosing recipients and reviewers, and for showing names and local times. */
public final class People {

    /** Enough to choose from; a longer list means the query should be more specific. */
    public static final int MAX_RESULTS = 20;

    private final UserDirectory directory;
    private final Caller caller;

    public People(UserDirectory directory, Caller caller) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * Signed-in users whom the host lets browse users search for people to ask; the query is a name fragment. Others
     * are refused, and the screens' pickers then stay plain text boxes of user names.
     */
    public List<HostUser> search(String query, int limit) {
        requireMaySearch(directory, caller.require());
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return directory.search(query, Math.max(1, Math.min(limit, MAX_RESULTS)));
    }

    /** Refuses a search to someone the host does not let browse users. */
    static void requireMaySearch(UserDirectory directory, String userKey) {
        if (!directory.maySearch(userKey)) {
            throw new DomainException(ErrorCode.FORBIDDEN, null, "You may not browse users.");
        }
    }

    public Optional<HostUser> byKey(String key) {
        return key == null ? Optional.empty() : directory.byKey(key);
    }

    /** The signed-in user's own profile (zone for "your local time"). */
    public Optional<HostUser> me() {
        return caller.key().flatMap(directory::byKey);
    }

    /**
     * A person named by user key or user name, as a policy stores them; empty for a name no one has (a person
     * removed since the policy was saved) and for one no one could have.
     */
    public Optional<HostUser> byKeyOrUsername(String name) {
        if (name == null || Bounds.nameProblem(name, Bounds.MAX_NAME) != null) {
            return Optional.empty();
        }
        return directory.byKey(name).or(() -> directory.byUsername(name));
    }

    /** A user key from a key or a user name; unknown people are bad input naming the field. */
    public String resolveKey(String keyOrUsername, String field) {
        if (keyOrUsername == null || keyOrUsername.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, field, "Choose a person.");
        }
        if (Bounds.nameProblem(keyOrUsername, Bounds.MAX_NAME) != null) {
            // No host user has such a key or name; saying so spares the directory a lookup of arbitrary text.
            throw new DomainException(ErrorCode.UNKNOWN_USER, field, "No such user.");
        }
        return byKeyOrUsername(keyOrUsername).map(HostUser::key)
                .orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_USER, field, "No such user."));
    }
}
