package works.async.sandbox.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import jakarta.servlet.http.HttpServletRequest;

import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.host.SandboxGroups;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;

/**
 * SAL's UserManager over the sandbox users: the remote user is the one the sign-in filter put on this thread;
 * {@code admin} flags make global (and system) administrators. Groups are the sandbox directory's
 * ({@link SandboxGroups}): every user is in the products' default user groups, administrators also in the
 * administrator groups, and the named groups have their members.
 */
public final class SandboxUserManager implements UserManager {

    private final UserStore users;
    private final SandboxGroups groups;

    public SandboxUserManager(UserStore users, SandboxGroups groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public UserProfile getRemoteUser() {
        return CurrentUser.get().map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return CurrentUser.get().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return users.byUsername(username).map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        if (userKey == null || group == null) {
            return false;
        }
        return users.byKey(userKey.getStringValue()).map(u -> groups.isMember(u, group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(SandboxUser::admin).orElse(false);
    }
}
