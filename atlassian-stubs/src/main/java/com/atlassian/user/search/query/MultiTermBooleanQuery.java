// Mirrors com.atlassian.user.search.query.MultiTermBooleanQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it;
// class extends AbstractBooleanQuery<T>): the (Query<T>[], boolean anding) constructor, getQueries(), and the static
// varargs factories allOf(Query<T>...) and anyOf(Query<T>...), real behaviour. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2 (Confluence's embedded Crowd turns a BooleanQuery into an AND/OR Crowd
// restriction: QueryRestrictionConverter in atlassian-embedded-crowd-atlassian-user 8.7.2); likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/MultiTermBooleanQuery.java
package com.atlassian.user.search.query;

import java.util.Arrays;
import java.util.List;

import com.atlassian.user.Entity;

/** Several queries, all of which (or any of which) must match. */
public class MultiTermBooleanQuery<T extends Entity> extends AbstractBooleanQuery<T> {

    private final Query<T>[] collatedQueries;

    public MultiTermBooleanQuery(Query<T>[] collatedQueries, boolean anding) {
        super(anding);
        this.collatedQueries = collatedQueries;
    }

    @Override
    public List<Query<T>> getQueries() {
        return Arrays.asList(collatedQueries);
    }

    @SafeVarargs
    public static <T extends Entity> Query<T> allOf(Query<T>... queries) {
        return new MultiTermBooleanQuery<>(queries, true);
    }

    @SafeVarargs
    public static <T extends Entity> Query<T> anyOf(Query<T>... queries) {
        return new MultiTermBooleanQuery<>(queries, false);
    }
}
