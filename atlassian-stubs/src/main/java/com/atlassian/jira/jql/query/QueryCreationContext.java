// Mirrors com.atlassian.jira.jql.query.QueryCreationContext (jira-api; interface), only the members used:
// ApplicationUser getApplicationUser() (since Jira 6.1; null = anonymous) and boolean isSecurityOverriden() (sic; true
// for searches that must ignore permissions). Source: a public copy of jira-api's QueryCreationContext.java (Jira 6.x);
// ../shared/ATLASSIAN-API.md marks the members unverified for Jira 11. Certainty for Jira 11: likely (both members
// exist since Jira 6.1 / 4.0; not read in a Jira 11 jar).
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Who is searching, and whether the search ignores permissions. */
public interface QueryCreationContext {

    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
