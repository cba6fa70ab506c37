// Mirrors com.atlassian.user.search.query.AbstractBooleanQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it;
// public abstract class implements BooleanQuery<T>): the protected (boolean anding) constructor and the three
// methods, real behaviour. Needed only as MultiTermBooleanQuery's superclass. Left out: the protected (String)
// constructor. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/AbstractBooleanQuery.java
package com.atlassian.user.search.query;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.user.Entity;

/** A boolean query's "and" or "or". */
public abstract class AbstractBooleanQuery<T extends Entity> implements BooleanQuery<T> {

    protected boolean anding;
    protected List<Query<T>> queries = new ArrayList<>();

    protected AbstractBooleanQuery(boolean anding) {
        this.anding = anding;
    }

    @Override
    public boolean isAND() {
        return anding;
    }

    @Override
    public boolean isOR() {
        return !anding;
    }

    @Override
    public List<Query<T>> getQueries() {
        return queries;
    }
}
