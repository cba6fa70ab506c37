// Mirrors com.atlassian.confluence.core.ContentEntityObject (confluence 8.7.2; a public ABSTRACT class), only the members
// used: "String getIdAsString()" (Long.toString(getId())) and "String getBodyAsString()" (the body in storage format),
// both declared on it, and "ConfluenceUser getCreator()", which it inherits from
// com.atlassian.confluence.core.ConfluenceEntityObject (a class three levels up; callers compile the same call either way).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityObject.java and .../core/ConfluenceEntityObject.java
// Not mirrored: the supertypes (AbstractLabelableEntityObject, AbstractVersionedEntityObject, ConfluenceEntityObject,
// com.atlassian.core.bean.EntityObject) and the interfaces (Searchable, Comparable, Addressable, Content,
// RelatableEntity), and every other member.
package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;

/** A page, blog post, comment or other content in Confluence. */
public abstract class ContentEntityObject {

    protected ContentEntityObject() {
    }

    public String getIdAsString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("stand-in");
    }
}
