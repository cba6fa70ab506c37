// Mirrors com.atlassian.user.search.query.BooleanQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it; generic
// interface extends Query<T>), all its members: String constants AND = "&", OR = "|", isAND(), isOR(), getQueries().
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/BooleanQuery.java
package com.atlassian.user.search.query;

import java.util.List;

import com.atlassian.user.Entity;

/** Queries joined by "and" or "or". */
public interface BooleanQuery<T extends Entity> extends Query<T> {

    String AND = "&";
    String OR = "|";

    boolean isAND();

    boolean isOR();

    List<Query<T>> getQueries();
}
