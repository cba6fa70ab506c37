package works.async.jira.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.project.Project;

import works.async.plugin.page.Layout;

/**
 * How Jira decorates one of the plugin's pages: which decorator wraps it ({@code atl.admin} for administration,
 * {@code atl.general} for everything else) and the meta tags Jira's decorator reads to mark the current menu entry.
 *
 * <p>The meta names are Jira's, not a documented API: {@code admin.active.section} and {@code admin.active.tab} (the
 * web section and web item shown as current) and, on a project's settings, {@code projectKey} (which project's sidebar
 * to show) were read in Jira's own admin decorator source and in Atlassian's application-links plugin, which decorates
 * its project page in Jira exactly so. {@code projectId} is seen only in third-party plugins; it is added because
 * newer project settings pages may read it, and ignored otherwise. None of it was seen in a Jira 11 jar: README lists
 * it among what has never run in a real Jira.
 */
final class PageLayout {

    /** Our section in the apps (add-ons) part of Jira administration; the descriptor's web-section key. */
    static final String ADMIN_SECTION = "admin_plugins_menu/async-work-admin-section";

    /** The project settings group our project item sits in (unverified on Jira 11: see README). */
    static final String PROJECT_SECTION = "atl.jira.proj.config/projectgroup4";

    private PageLayout() {
    }

    /** A page of Jira administration, shown with {@code tab} (the web item's key) as the current entry. */
    static Layout admin(String title, String tab) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("admin.active.section", ADMIN_SECTION);
        meta.put("admin.active.tab", tab);
        return new Layout("atl.admin", title, meta);
    }

    /** A page of one project's settings, with that project's settings sidebar and {@code tab} as current. */
    static Layout projectSettings(String title, Project project, String tab) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("projectKey", project.getKey());
        meta.put("projectId", String.valueOf(project.getId()));
        meta.put("admin.active.section", PROJECT_SECTION);
        meta.put("admin.active.tab", tab);
        return new Layout("atl.admin", title, meta);
    }

    /**
     * A page of the project sidebar (Jira's project-centric view), with {@code item} (its web item's key) as the
     * current entry. The decorator and {@code projectKey}/{@code projectId} are what the project settings pages use;
     * that the sidebar reads the same names, and {@code admin.active.tab} for the current entry, is unverified.
     */
    static Layout projectPage(String title, Project project, String item) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("projectKey", project.getKey());
        meta.put("projectId", String.valueOf(project.getId()));
        meta.put("admin.active.tab", item);
        return new Layout("atl.general", title, meta);
    }

    /** An ordinary Jira page: header and footer, no administration menus. */
    static Layout general(String title) {
        return new Layout("atl.general", title, Map.of());
    }
}
