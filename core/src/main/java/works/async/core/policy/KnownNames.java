package works.async.core.policy;

/**
 * What the host knows of the people and groups a policy names, asked when a policy is saved (never when one is read:
 * a person or group removed later must not make a stored policy unreadable or stop any computation with it).
 */
public interface KnownNames {

    /** Accepts every name: for callers that have no host to ask (the syntax of names is still checked). */
    KnownNames ANY = new KnownNames() {
        @Override
        public boolean isUser(String name) {
            return true;
        }

        @Override
        public boolean isGroup(String name) {
            return true;
        }
    };

    /** Whether a user has this user name (matched as the host matches them, case-insensitively) or this user key. */
    boolean isUser(String name);

    /** Whether the host has a group of this name (matched as the host matches group names). */
    boolean isGroup(String name);
}
