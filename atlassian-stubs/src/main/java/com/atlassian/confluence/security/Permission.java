// Mirrors com.atlassian.confluence.security.Permission (Confluence 8.7.2; public ABSTRACT class implements
// Serializable, with a private (String name) constructor and its instances as anonymous subclasses), only the members
// used: the constants VIEW and EDIT (public static final Permission), and toString() answering the name. Left out:
// SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER, forName(String), and the abstract checkAgainst(PermissionDelegate, User,
// Object) and isMutative() (PermissionDelegate is not needed here). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; likely for Confluence 10 (../shared/ATLASSIAN-API.md E7).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/Permission.java
package com.atlassian.confluence.security;

import java.io.Serializable;

/** What a person may do to a piece of content, checked by {@link PermissionManager}. */
public abstract class Permission implements Serializable {

    public static final Permission VIEW = new Permission("VIEW") {
    };
    public static final Permission EDIT = new Permission("EDIT") {
    };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
