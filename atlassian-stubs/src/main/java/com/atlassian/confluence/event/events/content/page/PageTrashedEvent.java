// Mirrors com.atlassian.confluence.event.events.content.page.PageTrashedEvent (confluence 8.7.2; a public class extending the
// abstract PageEvent), only the member used: "@NonNull Page getPage()", which it inherits from
// com.atlassian.confluence.event.events.content.page.PageEvent (callers compile the same call either way).
// Not the deprecated com.atlassian.confluence.event.events.content.page.async.PageTrashedEvent (ATLASSIAN-API.md E.10).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/page/PageTrashedEvent.java and .../page/PageEvent.java
// Not mirrored: the supertypes (PageEvent, ContentEvent, ConfluenceEvent,
// deprecated since 8.9 per its 8.9.1 javadoc so the chain may change, and com.atlassian.event.Event), the interfaces
// (Trashed, UserDriven), the public constructors (the plugin never builds an event; tests mock it), getContent(), getOriginatingUser().
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** What Confluence publishes once a page is moved to the space's trash (restorable). */
public class PageTrashedEvent {

    private PageTrashedEvent() {
        // No usable constructor: only Confluence creates events.
    }

    public Page getPage() {
        throw new UnsupportedOperationException("stand-in");
    }
}
