package works.async.jira.web;

import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import works.async.plugin.page.AdminPagesContract;
import works.async.plugin.web.Screens;

/**
 * The two pages of Jira administration, the global policy and the outbox: Jira administrators only, in a secure
 * administrator session, each showing its shared screen inside Jira's admin decorator, under our admin section.
 */
class AdminScreenServletTest extends AdminPagesContract {

    static Stream<AdminPage> adminPages() {
        return Stream.of(
                new AdminPage("/admin", f -> new GlobalPolicyServlet(f.gate(), f.pages(), f.screens), Screens.POLICY,
                        "Async Work policy", "async-work-admin-policy"),
                new AdminPage("/outbox", f -> new OutboxServlet(f.gate(), f.pages(), f.screens), Screens.OUTBOX,
                        "Async Work outbox", "async-work-admin-outbox"));
    }

    @Override
    protected PageFixture fixture() {
        return new PageFixture();
    }

    @Override
    protected HttpServletRequest get(String path, String query) {
        return PageFixture.get(path, null, query);
    }

    @Override
    protected String loginPage() {
        return "https://jira.example.com/jira/login.jsp?os_destination=";
    }

    @Override
    protected String refusal() {
        return "Only Jira administrators can open this page.";
    }

    @Override
    protected String adminSection() {
        return PageLayout.ADMIN_SECTION;
    }

    @Override
    protected String webResource() {
        return "works.async.jira:async-work-ui";
    }
}
