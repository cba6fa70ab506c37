// Mirrors com.atlassian.sal.api.user.UserManager; method set as in
// https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
// The HttpServletRequest overloads use jakarta.servlet in platform 8 (sal-api 7.x "jakarta" line, Jira 11 /
// Confluence 10): seen in public Jira 11.3 plugin source calling getRemoteUserKey(jakarta...HttpServletRequest);
// the javadoc pages available here still show javax (platform <= 7).
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** User operations offered by every host application. */
public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
