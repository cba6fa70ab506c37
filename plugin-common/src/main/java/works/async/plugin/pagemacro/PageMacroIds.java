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

    /** Ids of the recurring series of report macros: this prefix and the same derived id as the macro's reports. */
    public static final String SERIES_PREFIX = "page-series-";

    /** A name-based UUID's length: what follows {@link #REPORT_PREFIX} in every report id of one macro. */
    private static final int DERIVED_LENGTH = 36;

    private PageMacroIds() {
    }

    public static String report(String pageId, String macroId) {
        return REPORT_PREFIX + derived(pageId, macroId);
    }

    /**
     * The id of the macro's {@code number}-th report (0 = the first, which is {@link #report(String, String)}): a macro
     * with a series gets a new report at each of its dates, and the earlier ones keep their feedback.
     */
    public static String report(String pageId, String macroId, int number) {
        if (number < 0) {
            throw new IllegalArgumentException("number >= 0");
        }
        return number == 0 ? report(pageId, macroId) : report(pageId, macroId) + "-" + number;
    }

    /** The id of the recurring series of the {@code async-report} macro {@code macroId} on page {@code pageId}. */
    public static String series(String pageId, String macroId) {
        return SERIES_PREFIX + derived(pageId, macroId);
    }

    /** The first report's id of the macro whose report this is (itself for a first report), or null if not a page report. */
    public static String firstReportOf(String reportId) {
        int end = REPORT_PREFIX.length() + DERIVED_LENGTH;
        if (!isPageReport(reportId) || reportId.length() < end) {
            return null;
        }
        String first = reportId.substring(0, end);
        return reportId.length() == end || reportNumber(reportId) > 0 ? first : null;
    }

    /** Which report of its macro this is: 0 for the first, n for {@code …-n}; -1 when it is no page report's id. */
    public static int reportNumber(String reportId) {
        int end = REPORT_PREFIX.length() + DERIVED_LENGTH;
        if (!isPageReport(reportId) || reportId.length() < end) {
            return -1;
        }
        if (reportId.length() == end) {
            return 0;
        }
        String suffix = reportId.substring(end);
        return suffix.matches("-[1-9][0-9]{0,8}") ? Integer.parseInt(suffix.substring(1)) : -1;
    }

    /** The series id of the macro a page report belongs to, or null if the id is no page report's. */
    public static String seriesOfReport(String reportId) {
        String first = firstReportOf(reportId);
        return first == null ? null : SERIES_PREFIX + first.substring(REPORT_PREFIX.length());
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
