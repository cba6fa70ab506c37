// Mirrors com.atlassian.user.search.query.TermQuery (atlassian-user 3.0, as Confluence 8.7.2 ships it; generic
// interface extends Query<T>), all its members: the String constants SUBSTRING_STARTS_WITH = "starts_with",
// SUBSTRING_ENDS_WITH = "ends_with", SUBSTRING_CONTAINS = "contains", WILDCARD = "*" (compile-time constants, inlined
// into callers: the values are the real ones), getTerm(), getMatchingRule(), isMatchingSubstring(). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query/TermQuery.java
package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** A search on one term of one field, matched whole or as a substring. */
public interface TermQuery<T extends Entity> extends Query<T> {

    String SUBSTRING_STARTS_WITH = "starts_with";
    String SUBSTRING_ENDS_WITH = "ends_with";
    String SUBSTRING_CONTAINS = "contains";
    String WILDCARD = "*";

    String getTerm();

    String getMatchingRule();

    boolean isMatchingSubstring();
}
