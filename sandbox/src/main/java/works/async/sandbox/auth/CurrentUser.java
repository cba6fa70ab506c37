package works.async.sandbox.auth;

import java.util.Optional;

import works.async.sandbox.host.SandboxUser;

/**
 * The signed-in user of the request being served on this thread, set by {@link AuthFilter} and read by SAL's
 * UserManager (as Jira's JiraAuthenticationContext and Confluence's AuthenticatedUserThreadLocal work).
 */
public final class CurrentUser {

    private static final ThreadLocal<SandboxUser> USER = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static Optional<SandboxUser> get() {
        return Optional.ofNullable(USER.get());
    }

    /** Sets the user for this thread; callers clear it in a finally block, since threads are pooled. */
    public static void set(SandboxUser user) {
        USER.set(user);
    }

    public static void clear() {
        USER.remove();
    }
}
