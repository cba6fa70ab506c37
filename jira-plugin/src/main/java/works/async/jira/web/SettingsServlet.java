package works.async.jira.web;

import works.async.plugin.page.Gate;
import works.async.plugin.page.Pages;
import works.async.plugin.page.SignedInScreenServlet;
import works.async.plugin.web.Screens;

/**
 * {@code /plugins/servlet/async-work/settings}: the signed-in user's own working hours, days off and time off, linked
 * from the profile menu. Anyone signed in; the screen only ever shows the viewer's own schedule.
 */
public final class SettingsServlet extends SignedInScreenServlet {

    public SettingsServlet(Gate gate, Pages pages, Screens screens) {
        super(gate, pages, "async-work.jira.web.settings.title", PageLayout::general, screens::settings);
    }
}
