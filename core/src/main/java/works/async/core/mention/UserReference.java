package works.async.core.mention;

import java.util.Locale;
import java.util.Objects;

/**
 * A user as named by comment markup: the host resolves it to a real user, the scanner only reports what was written.
 *
 * @param kind  which identifier the markup used
 * @param value the identifier exactly as written (never blank)
 */
public record UserReference(Kind kind, String value) {

    /** The identifiers Jira wiki markup and Confluence storage format use for people. */
    public enum Kind { USERNAME, ACCOUNT_ID, USER_KEY }

    public UserReference {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A user reference needs a value.");
        }
    }

    public static UserReference username(String username) {
        return new UserReference(Kind.USERNAME, username);
    }

    public static UserReference accountId(String accountId) {
        return new UserReference(Kind.ACCOUNT_ID, accountId);
    }

    public static UserReference userKey(String userKey) {
        return new UserReference(Kind.USER_KEY, userKey);
    }

    /** Identity used to de-duplicate: host usernames are case-insensitive, keys and account ids are not. */
    String identity() {
        return kind == Kind.USERNAME ? kind + ":" + value.toLowerCase(Locale.ROOT) : kind + ":" + value;
    }

    /** How the mention reads in a question quoted back to the user. */
    String display() {
        return "@" + value;
    }
}
