// Mirrors com.atlassian.confluence.pages.CommentManager (Confluence 8.7.2; a public interface annotated
// @ParametersAreNonnullByDefault, extending ContentEntityManager), only the member used:
// "@NonNull Comment addCommentToObject(ContentEntityObject, @Nullable Comment parent, String content)": the content is
// the comment's body in storage format; parent null for a top-level comment. In 8.7.2 (DefaultCommentManager) this
// overload saves the comment and then publishes CommentCreateEvent on the same thread, and the DAO
// (VersionedHibernateObjectDao.updateConfluenceModificationData) makes AuthenticatedUserThreadLocal's user the creator
// of a new comment. The four-argument overload taking a NewCommentDeduplicator publishes no event in 8.7.2.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5 (CFR-decompiled Confluence 8.7.2 install), read with git show.
// Certainty: verified for 8.7.2; unverified for Confluence 10 (not read there).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/CommentManager.java,
// .../impl/content/DefaultCommentManager.java, .../impl/content/DefaultContentEntityManager.java (publishCreateEvent).
// Not mirrored: the supertype ContentEntityManager and every other member (getComment, the deprecated
// addCommentToPage, updateCommentContent, removeCommentFromObject, the counts). The nullness annotations are left out.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/** Confluence's comments on pages, blog posts and other content. */
public interface CommentManager {

    Comment addCommentToObject(ContentEntityObject ceo, Comment parent, String content);
}
