package works.async.plugin.item;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostItem;

/**
 * Everything the issue panel or page banner shows about one item, for one viewer.
 *
 * @param item                 the host item
 * @param ownership            its current ownership request, or null
 * @param earlierOwnership     the ownership requests before it, newest first (the panel's history)
 * @param replies              reply requests on it, newest first
 * @param reports              reports on it, newest first
 * @param viewer               user key of who is looking
 * @param viewerMayAnswerOwnership whether the viewer may confirm / decline (owner or coordinator)
 */
public record ItemView(HostItem item, OwnershipRequest ownership, List<OwnershipRequest> earlierOwnership,
                       List<ReplyRequest> replies, List<ReportSummary> reports, String viewer,
                       boolean viewerMayAnswerOwnership) {

    public ItemView {
        Objects.requireNonNull(item, "item");
        earlierOwnership = List.copyOf(earlierOwnership);
        replies = List.copyOf(replies);
        reports = List.copyOf(reports);
    }

    public Optional<OwnershipRequest> currentOwnership() {
        return Optional.ofNullable(ownership);
    }

    /** Open requests waiting for the viewer's reply (the page banner). */
    public List<ReplyRequest> waitingForViewer() {
        return replies.stream().filter(r -> r.isOpen() && r.recipient().equals(viewer)).toList();
    }
}
