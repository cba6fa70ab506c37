package works.async.plugin.followup;

import java.util.Objects;

/**
 * A row the escalation pass reads because its next check has come: the core record and what the pass stored on it
 * last time (its moment, and the problem that stopped it, if any).
 *
 * @param <R> the core record type
 */
public record Scheduled<R>(R request, Followup followup) {

    public Scheduled {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(followup, "followup");
    }
}
