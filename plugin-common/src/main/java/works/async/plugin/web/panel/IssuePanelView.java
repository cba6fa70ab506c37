package works.async.plugin.web.panel;

import works.async.plugin.web.ViewModel;
import java.util.List;

/**
 * Everything the issue panel template prints.
 *
 * @param issueKey        the issue
 * @param restBase        REST base path for scripts
 * @param viewerZone      the viewer's profile zone, in which the renegotiate form's local time is meant
 * @param ownership       the ownership block, or null when the issue has no owner request
 * @param ownershipHistory the issue's earlier ownership requests, newest first (a decline stays visible after the
 *                         issue is reassigned)
 * @param openReplies     open reply requests, soonest due first
 * @param closedReplies   answered or withdrawn requests, newest first
 * @param reports         reports linked to the issue
 * @param windows         reply windows offered by the request form
 * @param canRequestReply whether the viewer may ask for a reply here
 */
@ViewModel
public record IssuePanelView(String issueKey, String restBase, String viewerZone, OwnershipView ownership,
                             List<OwnershipView> ownershipHistory, List<ReplyView> openReplies,
                             List<ReplyView> closedReplies, List<ReportLinkView> reports, List<WindowOption> windows,
                             boolean canRequestReply) {

    public IssuePanelView {
        ownershipHistory = List.copyOf(ownershipHistory);
        openReplies = List.copyOf(openReplies);
        closedReplies = List.copyOf(closedReplies);
        reports = List.copyOf(reports);
        windows = List.copyOf(windows);
    }

    public boolean hasOwnership() {
        return ownership != null;
    }

    public boolean hasOwnershipHistory() {
        return !ownershipHistory.isEmpty();
    }

    public boolean hasOpenReplies() {
        return !openReplies.isEmpty();
    }

    public boolean hasClosedReplies() {
        return !closedReplies.isEmpty();
    }

    public boolean hasReports() {
        return !reports.isEmpty();
    }
}
