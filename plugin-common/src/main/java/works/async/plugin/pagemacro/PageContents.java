package works.async.plugin.pagemacro;

import java.time.Instant;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.plugin.item.DeletedItems;
import works.async.plugin.item.ItemContents;
import works.async.plugin.item.ItemGone;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * A trashed or removed page takes its macros' state with it: its open reports are withdrawn (their reviewers' feedback
 * requests close, what was given stays), its report macros' series end, and its action items' waiting ownership
 * requests close as those of a deleted item. The action items are items of their own ({@link PageMacroIds#actionItem}),
 * so the page's own requests closing would not reach them.
 */
public final class PageContents implements ItemContents {

    private final PageReports reports;
    private final OwnershipRequestStore ownership;

    public PageContents(PageReports reports, OwnershipRequestStore ownership) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
    }

    @Override
    public int itemDeleted(ItemRef item, Instant now) {
        if (item.kind() != ItemRef.Kind.CONFLUENCE_PAGE) {
            return 0;
        }
        int closed = reports.pageRemoved(item);
        for (OwnershipRequest r : ownership.findUnconfirmedInContainer(ItemRef.Kind.CONFLUENCE_PAGE,
                item.containerKey(), PageActionItems.MAX_WAITING_SCANNED)) {
            if (r.awaitsAnswer() && PageMacroIds.isActionItemOf(item.itemKey(), r.item().itemKey())) {
                closed += DeletedItems.closeOne(() -> ownership.save(ItemGone.closed(r, now), r.version()));
            }
        }
        return closed;
    }
}
