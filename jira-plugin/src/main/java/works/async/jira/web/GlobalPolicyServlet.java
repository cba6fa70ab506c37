package works.async.jira.web;

import works.async.core.policy.PolicyScope;
import works.async.plugin.web.Screens;

/** {@code /plugins/servlet/async-work/admin}: the global policy, every project's defaults (Jira administrators). */
public final class GlobalPolicyServlet extends AdminScreenServlet {

    /** The descriptor's web-item key of this page. */
    static final String TAB = "async-work-admin-policy";

    public GlobalPolicyServlet(Gate gate, JiraPages pages, Screens screens) {
        super(gate, pages, "async-work.jira.web.policy.title", TAB, () -> screens.policy(PolicyScope.global()));
    }
}
