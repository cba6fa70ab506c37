// Mirrors com.atlassian.sal.api.user.UserProfile as implemented in
// https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
package com.atlassian.sal.api.user;

import java.net.URI;

/** A user's profile as the host application exposes it; any property but the username may be null. */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
