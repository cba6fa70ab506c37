package works.async.confluence.spi;

import java.util.Optional;

import works.async.core.ItemRef;

/**
 * How item keys name Confluence content: a page by its content id ({@code 42}); an action item by its page's id, a
 * dash and the item's own part ({@code 42-release-notes}), as the {@code async-action-item} macro and the sandbox key
 * them. Only the canonical decimal form of a positive id names a page ({@code 042} or {@code +42} name nothing), so
 * one page has one key.
 */
final class ConfluencePages {

    /** Where Confluence shows a page by its id, whatever its title (AbstractPage.getIdBasedPageUrl in 8.7.2). */
    static final String VIEW_PATH = "/pages/viewpage.action?pageId=";

    private ConfluencePages() {
    }

    /** The id of the page the key names (itself or its action item), or empty for a key that names no page. */
    static Optional<Long> pageIdOf(String itemKey) {
        if (itemKey == null) {
            return Optional.empty();
        }
        int dash = itemKey.indexOf('-');
        String id = dash < 0 ? itemKey : itemKey.substring(0, dash);
        if (dash >= 0 && itemKey.substring(dash + 1).isBlank()) {
            return Optional.empty();
        }
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9') || id.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** Whether the key names an action item of its page rather than the page itself. */
    static boolean namesActionItem(String itemKey) {
        return itemKey != null && itemKey.indexOf('-') > 0;
    }

    /** The page's view, relative to Confluence's base URL, for a Confluence item; empty for anything else. */
    static Optional<String> viewPathOf(ItemRef item) {
        return item.kind() != ItemRef.Kind.CONFLUENCE_PAGE ? Optional.empty()
                : pageIdOf(item.itemKey()).map(id -> VIEW_PATH + id);
    }
}
