package works.async.plugin.item;

import java.util.Objects;

import works.async.core.ItemRef;
import works.async.plugin.ao.AoOwnershipStore;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.AoReportStore;

/** Reads one item's panel state in exactly three indexed queries, however many requests the item has. */
public final class ItemPanelReader {

    /** A panel lists at most this many reply requests and reports (newest first); older ones are on the list pages. */
    public static final int LIMIT = 200;

    private final AoOwnershipStore ownership;
    private final AoReplyStore replies;
    private final AoReportStore reports;

    public ItemPanelReader(AoOwnershipStore ownership, AoReplyStore replies, AoReportStore reports) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    public ItemPanel read(ItemRef item) {
        return new ItemPanel(ownership.findCurrent(item), replies.findByItem(item, LIMIT),
                reports.findSummariesByItem(item, LIMIT));
    }
}
