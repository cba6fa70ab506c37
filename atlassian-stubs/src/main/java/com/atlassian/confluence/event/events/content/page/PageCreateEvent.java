// Mirrors com.atlassian.confluence.event.events.content.page.PageCreateEvent (a class extending PageEvent); no member
// of its own is used. Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/event/events/content/page/PageCreateEvent.java
package com.atlassian.confluence.event.events.content.page;

/** A page was created (published). */
public class PageCreateEvent extends PageEvent {
}
