package works.async.plugin.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The escalation pass's wake-up moments (a port; stored by Active Objects). Writers add one with every moment they
 * store; the pass asks one question when nothing is due, and after a full pass replaces the wakes it read with the
 * earliest moment found on the rows. Wakes added after it read them are not among them, so they survive it.
 */
public interface WakeStore {

    /** Whether some wake has come by now: the one statement of a pass with nothing due. */
    boolean anyDue(Instant now);

    /**
     * The ids of up to {@code limit} wakes, soonest first. A full pass reads them before it looks for the earliest
     * moment of every row: every moment they stand for was committed before that, so it is seen, and the pass may
     * delete them afterwards.
     */
    List<Integer> read(int limit);

    /**
     * The earliest moment stored on any row the pass reads by an index: a request's or reviewer's next check, a
     * pending outbox row's delivery time, an open report's closing time (possibly already past: a row left for the
     * next pass). Empty when none holds one.
     */
    Optional<Instant> earliestStored();

    /** In one transaction: a wake at {@code next} (none when null) and the wakes of these ids deleted. */
    void replace(List<Integer> read, Instant next);
}
