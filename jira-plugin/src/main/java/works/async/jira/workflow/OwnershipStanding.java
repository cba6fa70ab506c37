package works.async.jira.workflow;

/** Where the current ownership request stands, as far as a workflow check cares. */
enum OwnershipStanding {
    /** The owner (or a coordinator for them) confirmed. */
    CONFIRMED(null),
    /** Nobody was asked to own the issue, or the last request ended (superseded, withdrawn) with no successor. */
    NO_REQUEST("async-work.jira.workflow.refused.unowned"),
    /** The owner has not answered yet. */
    WAITING("async-work.jira.workflow.refused.waiting"),
    /** The owner declined. */
    DECLINED("async-work.jira.workflow.refused.declined"),
    /** The request could not be read (store down, no issue given): nothing is known, so nothing passes. */
    UNREADABLE("async-work.jira.workflow.refused.unreadable");

    private final String refusalKey;

    OwnershipStanding(String refusalKey) {
        this.refusalKey = refusalKey;
    }

    /** Whether a check passes: only a confirmation does, or no request at all when the option allows it. */
    boolean passes(boolean allowUnowned) {
        return this == CONFIRMED || this == NO_REQUEST && allowUnowned;
    }

    /** The bundle key of the sentence that tells the user why the transition was refused. */
    String refusalKey() {
        return refusalKey;
    }
}
