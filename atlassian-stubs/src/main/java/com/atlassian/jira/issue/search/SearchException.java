// Mirrors com.atlassian.jira.issue.search.SearchException (jira-api), a checked exception thrown by
// SearchService.search. Source: public Jira 8 code declaring "SearchResults<Issue> search(ApplicationUser, Query,
// PagerFilter) throws SearchException" (a test double implementing SearchService) and plugin code catching it.
// Superclass: java.lang.Exception is assumed (the real class is checked; an intermediate superclass, if any, was not
// read). Certainty for Jira 11: likely.
package com.atlassian.jira.issue.search;

/** A search Jira could not run. */
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
