// Mirrors com.atlassian.velocity.htmlsafe.HtmlSafe of Atlassian's velocity-htmlsafe library: public decompiled source in
// the public code index (@Retention(RUNTIME), @Target(METHOD), no members; the real one also carries the library's
// meta-annotations @ReturnValueAnnotation and @CollectionInheritable, left out here); used on methods in public plugin
// sources (e.g. applinks' and webhooks' HtmlSafeContent#get()); behaviour described at
// https://developer.atlassian.com/server/confluence/advanced-html-encoding/ (values returned by an annotated method are
// not HTML-encoded when a Velocity template inserts them; collections returned by one pass it on to their elements).
package com.atlassian.velocity.htmlsafe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method whose return value is already safe HTML, so the host's Velocity escaping leaves it as it is. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HtmlSafe {
}
