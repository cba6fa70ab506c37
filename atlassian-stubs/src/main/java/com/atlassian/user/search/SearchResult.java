// Mirrors com.atlassian.user.search.SearchResult (atlassian-user 3.0, as Confluence 8.7.2 ships it; generic
// interface), only the member used: Pager<T> pager(). Left out: pager(String repositoryKey), repositoryKeyset().
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/SearchResult.java
package com.atlassian.user.search;

import com.atlassian.user.search.page.Pager;

/** What a user search found, read through its pager. */
public interface SearchResult<T> {

    Pager<T> pager();
}
