package works.async.plugin.item;

import java.util.Objects;

import works.async.core.ItemRef;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;

/** Reads one item's panel state in exactly three indexed queries, however many requests the item has. */
public final class ItemPanelReader {

    /** A panel lists at most this many reply requests and reports (newest first); older ones are on the list pages. */
    public static final int LIMIT = 200;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final MeetingReportStore reports;

    public ItemPanelReader(OwnershipRequestStore ownership, ReplyRequestStore replies, MeetingReportStore reports) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    public ItemPanel read(ItemRef item) {
        return new ItemPanel(ownership.findCurrent(item), replies.findByItem(item, LIMIT),
                reports.findSummariesByItem(item, LIMIT));
    }
}
