// Mirrors com.atlassian.jira.event.type.EventType (jira-api; a class), only the constants used.
// Source: ../shared/ATLASSIAN-API.md B, EventType row: "public static final Long ISSUE_*_ID" with the values below, from
// Jira 6 source copies (J6SRC) and the Jira 7.0.8 javadoc (all "static Long"). The type is java.lang.Long (field
// descriptor Ljava/lang/Long;): a long field would fail with NoSuchFieldError, and compare them with equals, not ==.
// Certainty: values verified (Jira 6/7); likely for Jira 11. Not compile-time constants (Long), so never inlined.
// Left out: the other ids and all instance members (the plugin reads only the ids).
package com.atlassian.jira.event.type;

/** Jira's event types; the plugin reads the ids of the system issue events. */
public class EventType {

    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_DELETED_ID = 8L;

    private EventType() {
        // The stand-in is never instantiated; the real class has public constructors the plugin does not call.
    }
}
