// Mirrors com.atlassian.jira.user.util.UserManager (jira-api; interface; not SAL's com.atlassian.sal.api.user.UserManager),
// only the members used: "@Nullable ApplicationUser getUserByKey(@Nullable String key)" and
// "@Nullable ApplicationUser getUserByName(@Nullable String name)". Keys are Strings (Jira's user key), not SAL UserKey.
// Source: ../shared/ATLASSIAN-API.md, Jira table (usage in public scripts). Certainty for Jira 11: likely.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Jira's users by key or by user name; null when there is none. */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
