package works.async.core.escalation;

/**
 * Which agreement a deadline belongs to. REPORT_SERIES is the author's reminder that the next report of a recurring
 * series is due (request id {@code seriesId/occurrenceIndex}, always level 0).
 */
public enum DeadlineKind { OWNERSHIP, REPLY, REPORT_FEEDBACK, REPORT_SERIES }
