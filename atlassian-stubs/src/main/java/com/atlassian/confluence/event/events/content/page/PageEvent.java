// Mirrors com.atlassian.confluence.event.events.content.page.PageEvent (an abstract class; in the real type it extends
// ContentEvent), only the member used: getPage() (@NonNull Page). Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/page/PageEvent.java
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Something happened to a page. */
public abstract class PageEvent {

    public Page getPage() {
        throw new UnsupportedOperationException("stand-in");
    }
}
