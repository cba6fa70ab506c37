package works.async.jira.web;

import jakarta.servlet.http.HttpServletRequest;

import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/** Jira around the plugin's pages, mocked (see the shared fixture): Jira's login page, Jira's bundles, Jira's pages. */
final class PageFixture extends works.async.plugin.page.PageFixture {

    static final String PAGE_URL = "https://jira.example.com/jira/plugins/servlet/async-work";

    PageFixture() {
        super("https://jira.example.com/jira/login.jsp?os_destination=", "/i18n/async-work-jira.properties",
                "/i18n/async-work.properties");
    }

    @Override
    public Pages pages() {
        return JiraPages.create(renderer, pageBuilder, i18n, new Messages(i18n));
    }

    /** A GET of {@code /plugins/servlet/async-work{path}}, with Jira under the {@code /jira} context path. */
    static HttpServletRequest get(String path, String pathInfo, String query) {
        return request(PAGE_URL + path, "/jira", pathInfo, query);
    }
}
