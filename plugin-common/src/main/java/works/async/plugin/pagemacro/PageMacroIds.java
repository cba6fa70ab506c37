package works.async.plugin.pagemacro;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of what a macro keeps, derived from the page's content id and the macro's {@code ac:macro-id}, so no table
 * maps one to the other: the same macro on the same page always names the same report, and the same macro id on
 * another page (a copy) names another one. Ids of reports written in pages start with {@link #REPORT_PREFIX}, which
 * tells them from reports made over REST on the same page (those a page save never withdraws). An action item's key
 * is its page's id, {@link #ACTION_ITEM_INFIX} and the derived id ({@code 42-action-…}): the form Confluence's item
 * access reads as an action item of page 42, found, seen and edited as that page is.
 */
public final class PageMacroIds {

    public static final String REPORT_PREFIX = "page-report-";

    public static final String ACTION_ITEM_INFIX = "-action-";

    private PageMacroIds() {
    }

    public static String report(String pageId, String macroId) {
        return REPORT_PREFIX + derived(pageId, macroId);
    }

    /** The item key of the {@code async-action-item} macro {@code macroId} on page {@code pageId}. */
    public static String actionItem(String pageId, String macroId) {
        return pageId + ACTION_ITEM_INFIX + derived(pageId, macroId);
    }

    /** Whether the item key names an action item written in page {@code pageId}. */
    public static boolean isActionItemOf(String pageId, String itemKey) {
        return itemKey != null && itemKey.startsWith(pageId + ACTION_ITEM_INFIX);
    }

    private static UUID derived(String pageId, String macroId) {
        return UUID.nameUUIDFromBytes(("confluence-page:" + pageId + "\n" + "macro:" + macroId)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isPageReport(String reportId) {
        return reportId != null && reportId.startsWith(REPORT_PREFIX);
    }
}
