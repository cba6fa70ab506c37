package works.async.core.report;

/** Whether a reviewer's response is needed for the report to close early. */
public enum ReviewerRole { REQUIRED, OPTIONAL }
