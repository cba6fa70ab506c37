// Mirrors com.atlassian.user.EntityException (atlassian-user 3.0, as Confluence 8.7.2 ships it; class extends
// Exception, so CHECKED), all four constructors, real behaviour. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2 (BOOT's 10.2 tests construct it with no arguments); likely for 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/EntityException.java
package com.atlassian.user;

/** A failure of Confluence's user model (a directory that cannot be read, ...). */
public class EntityException extends Exception {

    public EntityException() {
    }

    public EntityException(String message) {
        super(message);
    }

    public EntityException(Throwable cause) {
        super(cause);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
