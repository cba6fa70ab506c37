// Mirrors com.atlassian.jira.security.groups.GroupManager (jira-api; interface), only the member the plugin uses:
// "Collection<ApplicationUser> getUsersInGroup(String groupName)". Source: the Jira Server javadoc page of
// com.atlassian.jira.security.groups.GroupManager (it lists the interface with ApplicationUser-typed members since
// Jira 7, e.g. getDirectUsersInGroup(Group) returning Collection<ApplicationUser>; the row of this overload was not
// shown to us) and public Jira 7+ scripts calling groupManager.getUsersInGroup("jira-administrators") and reading
// ApplicationUsers back. Certainty for Jira 11: likely, not read from a Jira 11 jar.
package com.atlassian.jira.security.groups;

import java.util.Collection;

import com.atlassian.jira.user.ApplicationUser;

/** Jira's groups; the plugin only lists a group's members, for escalations addressed to a group. */
public interface GroupManager {

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
