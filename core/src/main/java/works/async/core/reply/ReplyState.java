package works.async.core.reply;

/** Where one recipient's reply request stands. */
public enum ReplyState {
    /** Waiting for the recipient's reply (possibly with a renegotiated due time). */
    OPEN,
    /** The recipient replied by comment or marked it answered. Terminal. */
    ANSWERED,
    /** The asker withdrew it (or undid an automatic request). Terminal. */
    WITHDRAWN
}
