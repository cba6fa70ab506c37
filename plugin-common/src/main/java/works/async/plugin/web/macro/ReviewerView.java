package works.async.plugin.web.macro;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;

/**
 * One reviewer of a report: their status and their own deadline, in the viewer's and their local time.
 *
 * @param name      display name
 * @param roleText  "Required" or "Optional"
 * @param required  whether their response is required
 * @param status    what they did so far (acknowledged, commented, asked, objected, waiting, missed)
 * @param deadline  their feedback deadline
 * @param isViewer  whether this reviewer is the viewer
 */
@ViewModel
public record ReviewerView(String name, String roleText, boolean required, Lozenge status, DualTime deadline,
                           boolean isViewer) {
}
