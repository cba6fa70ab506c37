package works.async.core.ownership;

/** Where an ownership confirmation request stands. */
public enum OwnershipState {
    /** Waiting for the owner to confirm or decline. */
    REQUESTED,
    /** The owner (or a coordinator on their behalf) accepted responsibility. */
    CONFIRMED,
    /** The owner refused, with a reason. Terminal. */
    DECLINED,
    /** The item got another owner before this request ended. Terminal. */
    SUPERSEDED,
    /** The item was closed while the request was still waiting. Terminal. */
    WITHDRAWN;

    /** Whether this request still describes who owns the item (and can be superseded). */
    public boolean isActive() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
