// Mirrors com.atlassian.confluence.event.events.content.page.PageRemoveEvent (confluence 8.7.2; a public class extending the
// abstract PageEvent), only the member used: "@NonNull Page getPage()", which it inherits from
// com.atlassian.confluence.event.events.content.page.PageEvent (callers compile the same call either way).
// Source: decompiled Confluence 8.7.2 (../shared/ATLASSIAN-API.md C: verified for 8.7.2, likely for 10).
// Files read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/page/PageRemoveEvent.java and .../page/PageEvent.java
// Not mirrored: the supertypes (PageEvent, ContentEvent, ConfluenceEvent,
// deprecated since 8.9 per its 8.9.1 javadoc so the chain may change, and com.atlassian.event.Event), the interfaces
// (Removed), the public constructors (the plugin never builds an event; tests mock it), getContent().
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** What Confluence publishes once a page is removed for good (purged from the trash). */
public class PageRemoveEvent {

    private PageRemoveEvent() {
        // No usable constructor: only Confluence creates events.
    }

    public Page getPage() {
        throw new UnsupportedOperationException("stand-in");
    }
}
