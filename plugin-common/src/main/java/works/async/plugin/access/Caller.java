package works.async.plugin.access;

import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** The signed-in user of the current request, from SAL; every explicit act is attributed to them and nobody else. */
public final class Caller {

    private final UserManager users;

    public Caller(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The caller's user key, if anyone is signed in. */
    public Optional<String> key() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    /** The caller's user key; anonymous callers get {@code unauthenticated} (401), which hosts normally stop earlier. */
    public String require() {
        return key().orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, null, "Sign in first."));
    }

    /** Whether the caller is a (global) administrator of the host. */
    public boolean isAdmin() {
        return key().map(k -> users.isAdmin(new UserKey(k))).orElse(false);
    }

    /** Whether the user belongs to the host group (coordinators and escalation targets may be groups). */
    public boolean inGroup(String userKey, String group) {
        return users.isUserInGroup(new UserKey(userKey), group);
    }
}
