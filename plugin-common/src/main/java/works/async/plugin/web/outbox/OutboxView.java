package works.async.plugin.web.outbox;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * The administrators' outbox: notifications not delivered yet, each with the time it will go out (inside the
 * recipient's working hours unless an urgent override says otherwise), and the failing or parked ones with what
 * the mail system said and a button to retry.
 *
 * @param restBase  where the retry button posts
 * @param rows      undelivered notifications, parked first, then soonest delivery first
 * @param attention requests and reviewers the escalation pass could not plan ("needs attention"), soonest retry first
 */
@ViewModel
public record OutboxView(String restBase, List<Row> rows, List<AttentionRow> attention) {

    public OutboxView {
        rows = List.copyOf(rows);
        attention = List.copyOf(attention);
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    public boolean hasAttention() {
        return !attention.isEmpty();
    }

    /**
     * One request or reviewer whose reminders and escalations are held up by its own data, while everyone else's go on.
     *
     * @param kindText      what it is ("reply", "ownership confirmation", "report feedback")
     * @param itemText      the issue or page it is on
     * @param problemText   what the pass found wrong
     * @param retryText     how often it failed and when the pass tries again, in the viewer's time
     */
    @ViewModel
    public record AttentionRow(String kindText, String itemText, String problemText, String retryText) {
    }

    /**
     * One notification.
     *
     * @param id             the outbox row (what the retry button posts)
     * @param addresseeName  who receives it
     * @param kindText       "Reminder" or "Escalation, level 2", and about what ("reply", "ownership")
     * @param itemText       the issue or page it is about ("DEMO-1: Title", a page's title)
     * @param aboutName      who owes the answer
     * @param dueText        the deadline it is about, in the viewer's time
     * @param deliverLocal   (next) delivery time in the addressee's zone, naming the zone
     * @param deliverViewer  (next) delivery time in the viewer's time
     * @param urgent         whether an urgent override sends it outside working hours
     * @param statusText     "Waiting", "Failed 2 times, trying again", "Parked after 8 failed attempts"
     * @param errorText      what the mail system said last time; empty while nothing failed
     * @param failed         whether delivery failed (the row is highlighted and can be retried)
     * @param parked         whether it is no longer tried automatically
     */
    @ViewModel
    public record Row(String id, String addresseeName, String kindText, String itemText, String aboutName,
                      String dueText, String deliverLocal, String deliverViewer, boolean urgent, String statusText,
                      String errorText, boolean failed, boolean parked) {
    }
}
