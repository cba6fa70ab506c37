// Mirrors com.atlassian.event.api.EventListenerRegistrar (atlassian-event; interface), only the members used.
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.event_atlassian-event-5.0.2 (Confluence 8.7.2),
// read with git show; also ../shared/ATLASSIAN-API.md A9. Certainty: verified for atlassian-event 5.0.2; likely for
// platform 8 (Jira 11 Software's AbstractIssueEventListener still uses @EventListener).
// Left out: unregisterAll() (never called). @Nonnull on the parameters is left out (changes nothing for callers).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListenerRegistrar.java
package com.atlassian.event.api;

/** Registers objects whose {@link EventListener} methods receive the host's events. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
