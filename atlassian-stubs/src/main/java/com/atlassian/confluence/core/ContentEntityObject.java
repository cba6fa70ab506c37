// Mirrors com.atlassian.confluence.core.ContentEntityObject (Confluence 8.7.2): read in the decompiled confluence-8.7.2
// jar, com/atlassian/confluence/core/ContentEntityObject.java ("public abstract class ContentEntityObject",
// "public String getIdAsString()"). Its superclass and every other member are left out; unchanged in 10 is unverified.
package com.atlassian.confluence.core;

/** A piece of Confluence content (page, blog post, comment...). */
public abstract class ContentEntityObject {

    /** The content id as text. */
    public String getIdAsString() {
        throw new UnsupportedOperationException("stand-in");
    }
}
