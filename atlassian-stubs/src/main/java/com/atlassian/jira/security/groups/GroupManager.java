// Mirrors com.atlassian.jira.security.groups.GroupManager (jira-api; interface), only the members the plugin uses:
// - "Collection<ApplicationUser> getUsersInGroup(String groupName)". Source: the Jira Server javadoc page of
//   com.atlassian.jira.security.groups.GroupManager (it lists the interface with ApplicationUser-typed members since
//   Jira 7, e.g. getDirectUsersInGroup(Group) returning Collection<ApplicationUser>; the row of this overload was not
//   shown to us) and public Jira 7+ scripts calling groupManager.getUsersInGroup("jira-administrators") and reading
//   ApplicationUsers back.
// - "com.atlassian.crowd.embedded.api.Group getGroup(String groupName)": "Returns the Group for this groupName, else
//   null if no such Group exists" (row read on the Jira Server javadoc page docs.atlassian.com/jira/server/..., Jira 7;
//   Jira 4.4 had it deprecated in favour of getGroupObject, which Jira 7 no longer lists).
// Certainty for Jira 11: likely, not read from a Jira 11 jar.
package com.atlassian.jira.security.groups;

import java.util.Collection;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's groups; the plugin lists a group's members (escalations) and checks that a group exists (policies). */
public interface GroupManager {

    Collection<ApplicationUser> getUsersInGroup(String groupName);

    Group getGroup(String groupName);
}
