// Mirrors com.atlassian.jira.issue.search.SearchResults<T> (jira-api; class, generic since Jira 8), only the members
// used: the constructor (List<T>, int, int, int) (tests build results with it) and List<T> getResults() (Jira 8 renamed
// getIssues() to getResults()). Source: public Jira 8 code: a test double returning "new SearchResults<Issue>(issues, 0,
// 0, 0)" and plugin code calling "searchService.search(user, query, pager).getResults()" with the comment that Jira 7
// had getIssues(). The three ints are taken to be total count, page size and start index (names not read; the plugin
// does not read them). Real (trivial) behaviour. Certainty for Jira 11: likely.
package com.atlassian.jira.issue.search;

import java.util.List;

/** One page of a search's results. */
public class SearchResults<T> {

    private final List<T> results;

    public SearchResults(List<T> results, int totalCount, int maxCount, int startIndex) {
        this.results = List.copyOf(results);
    }

    public List<T> getResults() {
        return results;
    }
}
