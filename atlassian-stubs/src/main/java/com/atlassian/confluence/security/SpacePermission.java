// Mirrors com.atlassian.confluence.security.SpacePermission (Confluence 8.7.2; public class extends
// ConfluenceEntityObject implements Serializable), only the constants used, with their real values (compile-time
// String constants, inlined into callers: a wrong value here would be a silent bug): VIEWSPACE_PERMISSION =
// "VIEWSPACE" and ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS". No instance member is used, so the superclass
// is left out. Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; likely for Confluence 10 (values stored in every Confluence
// database's SPACEPERMISSIONS table, which upgrades keep).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/SpacePermission.java
package com.atlassian.confluence.security;

/** The names of Confluence's space permissions. */
public class SpacePermission {

    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
}
