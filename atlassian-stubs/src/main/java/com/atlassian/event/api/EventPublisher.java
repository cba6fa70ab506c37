// Mirrors com.atlassian.event.api.EventPublisher (atlassian-event; interface extends EventListenerRegistrar).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.event_atlassian-event-5.0.2 (Confluence 8.7.2);
// ../shared/ATLASSIAN-API.md A9. Certainty: verified for 5.0.2; likely for platform 8.
// Left out: publish(Object) (the plugin only listens). register/unregister are inherited, as in the real type.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventPublisher.java
package com.atlassian.event.api;

/** The host's event bus; the plugin registers its listener with it. */
public interface EventPublisher extends EventListenerRegistrar {
}
