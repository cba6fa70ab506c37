// Mirrors com.atlassian.jira.web.bean.PagerFilter (jira-api; class), only the constructor used: PagerFilter(int max),
// a first page of at most max results. Source: a public copy of a Jira source file ("return new PagerFilter(maxEmail);")
// and public plugin code passing "new PagerFilter(limit)" to SearchService.search. Whether the Jira 11 class is generic
// (PagerFilter<T>) was not read; the plugin uses it raw, which compiles to the same call either way. Certainty for Jira 11: likely.
package com.atlassian.jira.web.bean;

/** Which page of a search to return. */
public class PagerFilter {

    public PagerFilter(int max) {
    }
}
