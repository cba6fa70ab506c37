package works.async.jira.web;

import works.async.core.policy.PolicyScope;
import works.async.plugin.page.AdminScreenServlet;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.web.Screens;

/** {@code /plugins/servlet/async-work/admin}: the global policy, every project's defaults (Jira administrators). */
public final class GlobalPolicyServlet extends AdminScreenServlet {

    /** The descriptor's web-item key of this page. */
    static final String TAB = "async-work-admin-policy";

    public GlobalPolicyServlet(Gate gate, Pages pages, Screens screens) {
        super(gate, pages, "async-work.jira.web.error.admin",
                "async-work.jira.web.policy.title", title -> PageLayout.admin(title, TAB),
                () -> screens.policy(PolicyScope.global()));
    }
}
