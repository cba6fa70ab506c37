package works.async.confluence.web;

import java.util.LinkedHashMap;
import java.util.Map;

import works.async.plugin.page.Layout;

/**
 * How Confluence decorates one of the plugin's pages. None of it was seen in a Confluence 10 jar (README lists it
 * among what has never run in a real Confluence):
 * <ul>
 *   <li>administration: the {@code atl.admin} decorator, which the plugin framework maps to each product's admin
 *   decorator, with {@code admin.active.section} / {@code admin.active.tab} marking our entry under
 *   {@value #ADMIN_SECTION} (the names Jira reads; that Confluence's admin sidebar reads them is likely, not read);</li>
 *   <li>space tools: the {@code main} decorator with the space's key and the current space-tools entry as
 *   {@code <content tag>}s ({@code spaceKey}, {@code selectedWebItem}) and {@code context=space-administration}, the
 *   shape Atlassian's "Writing a Space Admin screen" tutorial gives its screens (its servlet variant not read);</li>
 *   <li>everything else: {@code atl.general}, header and footer only.</li>
 * </ul>
 */
final class ConfluenceLayout {

    /** Confluence administration's Configuration section, where our admin entries sit (likely, see README). */
    static final String ADMIN_SECTION = "system.admin/configuration";

    /** The space tools' apps section (likely, per ATLASSIAN-API.md: not read for Confluence 9/10). */
    static final String SPACE_TOOLS_SECTION = "system.space.tools/addons";

    private ConfluenceLayout() {
    }

    /** A page of Confluence administration, shown with {@code tab} (the web item's key) as the current entry. */
    static Layout admin(String title, String tab) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("admin.active.section", ADMIN_SECTION);
        meta.put("admin.active.tab", tab);
        return new Layout("atl.admin", title, meta);
    }

    /** A page of one space's space tools, with {@code item} (the web item's key) as the current entry. */
    static Layout spaceTools(String title, String spaceKey, String item) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("spaceKey", spaceKey);
        content.put("context", "space-administration");
        content.put("selectedWebItem", item);
        return new Layout("main", title, Map.of(), content);
    }

    /** An ordinary Confluence page: header and footer, no administration menus. */
    static Layout general(String title) {
        return new Layout("atl.general", title, Map.of());
    }
}
