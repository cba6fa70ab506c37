// Mirrors com.atlassian.confluence.core.SpaceContentEntityObject (Confluence 8.7.2): read in the decompiled
// confluence-8.7.2 jar, com/atlassian/confluence/core/SpaceContentEntityObject.java ("public abstract class
// SpaceContentEntityObject extends ContentEntityObject"). No member is used; unchanged in 10 is unverified.
package com.atlassian.confluence.core;

/** Content that belongs to a space. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
}
