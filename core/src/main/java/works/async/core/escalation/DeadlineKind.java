package works.async.core.escalation;

/** Which agreement a deadline belongs to. */
public enum DeadlineKind { OWNERSHIP, REPLY, REPORT_FEEDBACK }
