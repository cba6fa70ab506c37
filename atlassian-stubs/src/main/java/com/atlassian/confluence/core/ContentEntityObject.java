// Mirrors com.atlassian.confluence.core.ContentEntityObject (Confluence 8.7.2; public abstract class extending, in the
// real jar, AbstractLabelableEntityObject -> AbstractVersionedEntityObject -> ConfluenceEntityObject, and implementing
// Searchable, Comparable, Addressable, Content, RelatableEntity), only the members used, all declared on it:
// long getId() (declared here though the real class inherits it from com.atlassian.core.bean.EntityObject: a call
// compiled against this class resolves the same in the real hierarchy), String getIdAsString() (Long.toString(getId())),
// String getBodyAsString() (the body in storage format),
// String getTitle(), boolean isDeleted() (true when getContentStatus() is "deleted", i.e. the content is in the trash)
// and the abstract String getType() ("page", "blogpost", ...). getCreator() comes from ConfluenceEntityObject, as in
// the real hierarchy. The two intermediate classes are left out (no member of theirs is used).
// Stand-in: the concrete members throw UnsupportedOperationException (tests mock the subclasses).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; likely for Confluence 10.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityObject.java
package com.atlassian.confluence.core;

/** A piece of Confluence content: page, blog post, comment... */
public abstract class ContentEntityObject extends ConfluenceEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getIdAsString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isDeleted() {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract String getType();
}
