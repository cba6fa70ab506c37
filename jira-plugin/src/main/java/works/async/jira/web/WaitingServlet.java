package works.async.jira.web;

import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.page.SignedInScreenServlet;
import works.async.plugin.web.waiting.WaitingScreen;

/**
 * {@code /plugins/servlet/async-work/waiting}: what waits for the signed-in user (replies they owe, ownership to
 * confirm, reports awaiting their feedback, agreements to acknowledge) and their own figures, linked from the profile
 * menu. Anyone signed in; the screen only ever shows the viewer's own, on issues they may still browse.
 */
public final class WaitingServlet extends SignedInScreenServlet {

    public WaitingServlet(Gate gate, Pages pages, WaitingScreen waiting) {
        super(gate, pages, "async-work.jira.web.waiting.title", PageLayout::general, waiting::mine);
    }
}
