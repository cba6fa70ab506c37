package works.async.confluence.web;

import jakarta.servlet.http.HttpServletRequest;

import works.async.plugin.page.PageFixture;
import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/** Confluence around the plugin's pages, mocked (see the shared fixture): its login page, its bundles, its pages. */
final class ConfluencePageFixture extends PageFixture {

    static final String PAGE_URL = "https://wiki.example.com/wiki/plugins/servlet/async-work";

    ConfluencePageFixture() {
        super("https://wiki.example.com/wiki/login.action?os_destination=",
                "/i18n/async-work-confluence.properties", "/i18n/async-work.properties");
    }

    @Override
    public Pages pages() {
        return ConfluencePages.create(renderer, pageBuilder, i18n, new Messages(i18n));
    }

    /** A GET of {@code /plugins/servlet/async-work{path}}, with Confluence under the {@code /wiki} context path. */
    static HttpServletRequest get(String path, String pathInfo, String query) {
        return request(PAGE_URL + path, "/wiki", pathInfo, query);
    }
}
