// Mirrors com.atlassian.event.api.EventListener (atlassian-event; annotation).
// Source: ngannk-fptu/Decompiled-Files @ e0c88ec5, com.atlassian.event_atlassian-event-5.0.2 (Confluence 8.7.2):
// @Retention(RUNTIME) @Target(METHOD) @Documented; ../shared/ATLASSIAN-API.md A9. Certainty: verified for 5.0.2;
// likely for platform 8. Left out: the elements scope() default "" and order() default 0 (the plugin sets neither).
// File read: ngannk-fptu/Decompiled-Files com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListener.java
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method of a registered listener that receives events of its parameter's type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
