// Mirrors com.atlassian.confluence.user.AuthenticatedUserThreadLocal (Confluence 8.7.2; a public class of static
// methods), only the members used: "static ConfluenceUser get()", "static void set(ConfluenceUser)" and
// "static <T> T asUser(ConfluenceUser user, Callable<T> task) throws Exception" (sets the user, calls the task and
// puts the previous user back in a finally block). Real (trivial) behaviour over a ThreadLocal: the real class keeps
// the user in Seraph's AuthenticationContext, which is also per thread; its get() turns a non-Confluence principal
// into a ConfluenceUser, which a ThreadLocal of ConfluenceUser never holds.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; unverified for Confluence 10 (not read there).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.java
// Not mirrored: setUser, getUser, reset, getUsername, isAnonymousUser, the deprecated asUser(ConfluenceUser)
// returning AutoCloseable and asUser(ConfluenceUser, Runnable).
package com.atlassian.confluence.user;

import java.util.concurrent.Callable;

/** The user the current thread acts as in Confluence. */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static <T> T asUser(ConfluenceUser user, Callable<T> task) throws Exception {
        ConfluenceUser originalUser = get();
        try {
            set(user);
            return task.call();
        } finally {
            set(originalUser);
        }
    }
}
