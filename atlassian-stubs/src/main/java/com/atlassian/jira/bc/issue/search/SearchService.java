// Mirrors com.atlassian.jira.bc.issue.search.SearchService (jira-api; @PublicApi interface), only the members used:
// "ParseResult parseQuery(ApplicationUser searcher, String query)" and "SearchResults<Issue> search(ApplicationUser
// searcher, Query query, PagerFilter pager) throws SearchException" (a search as that user: only issues they may
// browse), and the nested class ParseResult (constructor (Query, MessageSet), Query getQuery(), boolean isValid()).
// Source: public Jira 8 code: a test double implementing SearchService (both methods with these signatures, and
// "new ParseResult(query, new MessageSetImpl())"), plugin code calling "SearchService.ParseResult parseResult =
// searchService.parseQuery(user, jql); if (parseResult.isValid()) searchService.search(user, parseResult.getQuery(),
// ...).getResults()". isValid() is taken to mean "no error messages" (real behaviour, as read in use). Certainty for
// Jira 11: likely (no Jira 10/11 page read).
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Jira's issue search, run as a user. */
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** A JQL string parsed: the query, or the errors that kept it from parsing. */
    final class ParseResult {

        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
