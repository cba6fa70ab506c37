package works.async.plugin.escalation;

import java.time.Instant;

/** The earliest moment a full pass found still ahead, gathered from its steps (not thread-safe: the pass's own thread). */
final class NextWake {

    private Instant earliest;

    void offer(Instant moment) {
        if (moment != null && (earliest == null || moment.isBefore(earliest))) {
            earliest = moment;
        }
    }

    /** The earliest moment offered, or null. */
    Instant get() {
        return earliest;
    }
}
