package works.async.confluence.web;

import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import works.async.plugin.page.AdminPagesContract;
import works.async.plugin.page.PageFixture;
import works.async.plugin.web.Screens;

/**
 * The two pages of Confluence administration, the global policy and the outbox: Confluence administrators only, in a
 * secure administrator session, each showing its shared screen inside the admin decorator, under Configuration.
 */
class ConfluenceAdminPagesTest extends AdminPagesContract {

    static Stream<AdminPage> adminPages() {
        return Stream.of(
                new AdminPage("/admin", f -> new GlobalPolicyServlet(f.gate(), f.pages(), f.screens), Screens.POLICY,
                        "Async Work policy", "async-work-admin-policy"),
                new AdminPage("/outbox", f -> new OutboxServlet(f.gate(), f.pages(), f.screens), Screens.OUTBOX,
                        "Async Work outbox", "async-work-admin-outbox"));
    }

    @Override
    protected PageFixture fixture() {
        return new ConfluencePageFixture();
    }

    @Override
    protected HttpServletRequest get(String path, String query) {
        return ConfluencePageFixture.get(path, null, query);
    }

    @Override
    protected String loginPage() {
        return "https://wiki.example.com/wiki/login.action?os_destination=";
    }

    @Override
    protected String refusal() {
        return "Only Confluence administrators can open this page.";
    }

    @Override
    protected String adminSection() {
        return "system.admin/configuration";
    }

    @Override
    protected String webResource() {
        return "works.async.confluence:async-work-ui";
    }
}
