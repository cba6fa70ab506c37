// Mirrors com.atlassian.jira.bc.user.search.UserSearchService (jira-api; @PublicApi interface), only the member used:
// "List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams)". Source: ../shared/ATLASSIAN-API.md,
// Jira table (JDOC 7.0.4); the Jira 7.1 javadoc lists "Get Users based on a query string" overloads; a decompiled
// analytics-client 8.3.1 (Jira build) calls findUsers("", params).stream(). Certainty for Jira 11: likely.
package com.atlassian.jira.bc.user.search;

import java.util.List;

import com.atlassian.jira.user.ApplicationUser;

/** Jira's user picker search: matches user name, display name (and e-mail, if the params allow). */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
