package works.async.sandbox.host;

import java.util.Objects;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.plugin.mail.MailedItems;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * How the sandbox's mail names and links an item, the way each product does: an issue (or a project's page) by its
 * key and summary at {@code /browse/KEY}, as Jira; a page, and an action item on it, by the page's title at the
 * page's view, as Confluence.
 */
public final class SandboxMailedItems implements MailedItems {

    private final ItemAccess items;
    private final ConfluenceStore confluence;

    public SandboxMailedItems(ItemAccess items, ConfluenceStore confluence) {
        this.items = Objects.requireNonNull(items, "items");
        this.confluence = Objects.requireNonNull(confluence, "confluence");
    }

    @Override
    public String nameOf(ItemRef item) {
        if (item.kind() == ItemRef.Kind.JIRA_ISSUE) {
            return item.itemKey();
        }
        return page(item).map(Page::title).filter(title -> !title.isBlank()).orElse(item.itemKey());
    }

    @Override
    public Optional<String> summaryOf(ItemRef item) {
        if (item.kind() == ItemRef.Kind.CONFLUENCE_PAGE) {
            // Confluence's mail names a page, and an action item, by the page's title alone; so does this one.
            return Optional.empty();
        }
        return items.find(item.kind(), item.itemKey()).map(HostItem::title)
                .filter(title -> !title.equals(item.itemKey()));
    }

    @Override
    public Optional<String> pathOf(ItemRef item) {
        if (item.kind() == ItemRef.Kind.JIRA_ISSUE) {
            return Optional.of("/browse/" + item.itemKey());
        }
        return page(item).map(p -> "/spaces/" + p.spaceKey() + "/pages/" + p.id());
    }

    /** The page itself, or the page an action item is on. */
    private Optional<Page> page(ItemRef item) {
        String pageId = ActionItem.pageIdOf(item.itemKey());
        return confluence.page(pageId == null ? item.itemKey() : pageId);
    }
}
