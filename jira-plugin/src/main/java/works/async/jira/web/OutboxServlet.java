package works.async.jira.web;

import works.async.plugin.page.AdminScreenServlet;
import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.web.Screens;

/** {@code /plugins/servlet/async-work/outbox}: the notifications queued, sent and failing (Jira administrators). */
public final class OutboxServlet extends AdminScreenServlet {

    /** The descriptor's web-item key of this page. */
    static final String TAB = "async-work-admin-outbox";

    public OutboxServlet(Gate gate, Pages pages, Screens screens) {
        super(gate, pages, "async-work.jira.web.error.admin",
                "async-work.jira.web.outbox.title", title -> PageLayout.admin(title, TAB),
                screens::outbox);
    }
}
