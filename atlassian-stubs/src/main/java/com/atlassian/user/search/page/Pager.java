// Mirrors com.atlassian.user.search.page.Pager (atlassian-user 3.0, as Confluence 8.7.2 ships it; generic interface
// extends Iterable<T>), only the member used: Iterator<T> iterator() (lazy: Confluence's pagers fetch page by page).
// Left out: EMPTY_PAGER, PRELOAD_LIMIT, NO_POSITION, isEmpty, getCurrentPage, nextPage, onLastPage, skipTo (throws
// PagerException), getIndex, getIndexOfFirstItemInCurrentPage. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/page/Pager.java
package com.atlassian.user.search.page;

import java.util.Iterator;

/** Results read page by page as they are iterated. */
public interface Pager<T> extends Iterable<T> {

    @Override
    Iterator<T> iterator();
}
