package works.async.plugin.pagemacro;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of what a macro keeps, derived from the page's content id and the macro's {@code ac:macro-id}, so no table
 * maps one to the other: the same macro on the same page always names the same report, and the same macro id on
 * another page (a copy) names another one. Ids of reports written in pages start with {@link #REPORT_PREFIX}, which
 * tells them from reports made over REST on the same page (those a page save never withdraws).
 */
public final class PageMacroIds {

    public static final String REPORT_PREFIX = "page-report-";

    private PageMacroIds() {
    }

    public static String report(String pageId, String macroId) {
        return REPORT_PREFIX + UUID.nameUUIDFromBytes(("confluence-page:" + pageId + "\n" + "macro:" + macroId)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isPageReport(String reportId) {
        return reportId != null && reportId.startsWith(REPORT_PREFIX);
    }
}
