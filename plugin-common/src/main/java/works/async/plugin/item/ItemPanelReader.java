package works.async.plugin.item;

import java.util.List;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.viewreads.ViewReads;

/** Reads one item's panel state in exactly three indexed queries, however many requests the item has. */
public final class ItemPanelReader {

    /** A panel lists at most this many reply requests and reports (newest first); older ones are on the list pages. */
    public static final int LIMIT = 200;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final MeetingReportStore reports;
    private final ViewReads reads;

    public ItemPanelReader(OwnershipRequestStore ownership, ReplyRequestStore replies, MeetingReportStore reports,
                           ViewReads reads) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    /** Once per view: a page's banner and its open-questions macro both show the page's state. */
    public ItemPanel read(ItemRef item) {
        return reads.once(List.of(ItemPanelReader.class, item), () -> {
            OwnershipRequestStore.ItemOwnership owned = ownership.findWithHistory(item);
            return new ItemPanel(owned.current(), owned.earlier(), replies.findByItem(item, LIMIT),
                    reports.findSummariesByItem(item, LIMIT));
        });
    }
}
