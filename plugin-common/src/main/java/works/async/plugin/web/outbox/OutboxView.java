package works.async.plugin.web.outbox;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * The administrators' outbox: notifications waiting to be delivered, each with the time it will go out, which
 * lies inside the recipient's working hours unless an urgent override says otherwise.
 *
 * @param rows pending notifications, soonest delivery first
 */
@ViewModel
public record OutboxView(List<Row> rows) {

    public OutboxView {
        rows = List.copyOf(rows);
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    /**
     * One notification.
     *
     * @param addresseeName  who receives it
     * @param kindText       "Reminder" or "Escalation, level 2", and about what ("reply", "ownership")
     * @param aboutName      who owes the answer
     * @param dueText        the deadline it is about, in the viewer's time
     * @param deliverLocal   delivery time in the addressee's zone, naming the zone
     * @param deliverViewer  delivery time in the viewer's time
     * @param urgent         whether an urgent override sends it outside working hours
     */
    @ViewModel
    public record Row(String addresseeName, String kindText, String aboutName, String dueText, String deliverLocal,
                      String deliverViewer, boolean urgent) {
    }
}
