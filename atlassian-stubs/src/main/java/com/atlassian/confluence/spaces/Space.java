// Mirrors com.atlassian.confluence.spaces.Space (Confluence 8.7.2; public class extends ConfluenceEntityObject
// implements Searchable, Addressable), only the members used: String getKey() (and getCreator(), inherited).
// Stand-in: throws UnsupportedOperationException (tests mock it). Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show. Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/spaces/Space.java
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;

/** A Confluence space. */
public class Space extends ConfluenceEntityObject {

    public String getKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
