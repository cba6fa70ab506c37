// Mirrors com.atlassian.confluence.core.ConfluenceEntityObject (Confluence 8.7.2; public class extends
// com.atlassian.core.bean.EntityObject implements Serializable), only the member used: ConfluenceUser getCreator().
// The superclass is left out (none of its members is used: page ids come from the item key, not getId()); a call
// compiled against this class resolves the same in the real hierarchy. Stand-in: getCreator() throws
// UnsupportedOperationException (tests mock the subclasses). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ConfluenceEntityObject.java
package com.atlassian.confluence.core;

import java.io.Serializable;

import com.atlassian.confluence.user.ConfluenceUser;

/** Something Confluence stores, with who created it. */
public class ConfluenceEntityObject implements Serializable {

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("stand-in");
    }
}
