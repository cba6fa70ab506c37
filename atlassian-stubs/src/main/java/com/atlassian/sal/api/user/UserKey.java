// Mirrors com.atlassian.sal.api.user.UserKey of sal-api (public final class, Serializable): decompiled public source
// found in the public code index (sal-api UserKey: constructor UserKey(String) rejecting null, getStringValue(),
// toString() = value, equals/hashCode on the value, static fromLong(long)); the type is listed in
// https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
// A value class, so the stand-in implements the real behaviour instead of throwing.
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Immutable, application-unique key of a user (survives renames, unlike the username). */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }
}
