package works.async.plugin.web.panel;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;

/**
 * A report linked to the issue, as a line in the panel.
 *
 * @param id         report id
 * @param title      title as typed (user text)
 * @param authorName who wrote it
 * @param closes     when feedback closes, for the viewer
 * @param lozenge    open or closed
 * @param href       where the report is read
 */
@ViewModel
public record ReportLinkView(String id, String title, String authorName, DualTime closes, Lozenge lozenge, String href) {
}
