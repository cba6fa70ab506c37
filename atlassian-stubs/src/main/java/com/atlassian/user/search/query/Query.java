// Mirrors com.atlassian.user.search.query.Query (atlassian-user 3.0, as Confluence 8.7.2 ships it; generic marker
// interface, Query<T extends Entity>, no members). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/Query.java
package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** A search of Confluence's user model. */
public interface Query<T extends Entity> {
}
