package works.async.plugin.item;

import java.util.Objects;

import works.async.core.ItemRef;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.spi.HostItem;

/** Reads an item's agreements for the panel, the page banner and {@code GET /issues/{key}/async}. */
public final class ItemViews {

    private final ItemPanelReader reader;
    private final OwnershipActions ownership;
    private final Access access;
    private final Caller caller;

    public ItemViews(ItemPanelReader reader, OwnershipActions ownership, Access access, Caller caller) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.access = Objects.requireNonNull(access, "access");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** The item's view if the caller may see it; {@code not_found} otherwise. */
    public ItemView view(ItemRef.Kind kind, String itemKey) {
        HostItem item = access.visibleItem(kind, itemKey);
        String viewer = caller.require();
        ItemPanel panel = reader.read(item.ref());
        boolean mayAnswer = panel.ownership().map(r -> ownership.mayAnswer(item, r, viewer)).orElse(false);
        return new ItemView(item, panel.ownership().orElse(null), panel.earlierOwnership(), panel.replies(), panel.reports(), viewer, mayAnswer);
    }

    public ItemView issue(String issueKey) {
        return view(ItemRef.Kind.JIRA_ISSUE, issueKey);
    }

    public ItemView page(String pageId) {
        return view(ItemRef.Kind.CONFLUENCE_PAGE, pageId);
    }
}
