// Mirrors com.atlassian.query.Query (atlassian-query, shipped with jira-api; interface), with no member: the plugin
// only passes the query SearchService.parseQuery returns on to SearchService.search. Source: public Jira plugin code
// importing com.atlassian.query.Query for SearchService.search(ApplicationUser, Query, PagerFilter) (a Jira 8 test double
// of SearchService and plugin code calling it). Certainty for Jira 11: likely (package and kind; no Jira 10/11 page read).
package com.atlassian.query;

/** A parsed JQL query. */
public interface Query {
}
