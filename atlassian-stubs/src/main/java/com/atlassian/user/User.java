// Mirrors com.atlassian.user.User (atlassian-user 3.0, as Confluence 8.7.2 ships it; interface extends Entity,
// java.security.Principal), all its members: String getFullName(), String getEmail() (getName() from Entity and
// Principal). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for Confluence 8.7.2; verified for 10.2 by compiling usage (BOOT implements it on 10.2 with
// exactly getName/getFullName/getEmail).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.user_atlassian-user-3.0/com/atlassian/user/User.java
package com.atlassian.user;

import java.security.Principal;

/** A person of Confluence's user model: the type Confluence's permission managers take. */
public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
