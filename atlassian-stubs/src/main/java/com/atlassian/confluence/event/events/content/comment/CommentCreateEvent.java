// Mirrors com.atlassian.confluence.event.events.content.comment.CommentCreateEvent (confluence 8.7.2; a public class
// extending the abstract CommentEvent), only the member used: "Comment getComment()", which it inherits from
// com.atlassian.confluence.event.events.content.comment.CommentEvent (callers compile the same call either way).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/comment/CommentCreateEvent.java and .../comment/CommentEvent.java
// Not mirrored: the supertypes (CommentEvent, ContentEvent, ConfluenceEvent,
// deprecated since 8.9 per its 8.9.1 javadoc so the chain may change, and com.atlassian.event.Event), the interfaces
// (Created, NotificationEnabledEvent), the public constructors (the plugin never builds an event; tests mock it) and
// getContent().
package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.pages.Comment;

/** What Confluence publishes once a comment is saved. */
public class CommentCreateEvent {

    private CommentCreateEvent() {
        // No usable constructor: only Confluence creates events.
    }

    public Comment getComment() {
        throw new UnsupportedOperationException("stand-in");
    }
}
