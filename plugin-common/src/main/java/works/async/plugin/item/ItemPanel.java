package works.async.plugin.item;

import java.util.List;
import java.util.Optional;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.report.ReportSummary;

/**
 * Everything the issue / page panel shows about one item.
 *
 * @param ownership the current ownership request, if any
 * @param earlierOwnership the requests before it (declined, superseded, closed), newest first (bounded)
 * @param replies   reply requests on the item, newest first (bounded)
 * @param reports   reports on the item, newest first (bounded)
 */
public record ItemPanel(Optional<OwnershipRequest> ownership, List<OwnershipRequest> earlierOwnership,
                        List<ReplyRequest> replies, List<ReportSummary> reports) {

    public ItemPanel {
        earlierOwnership = List.copyOf(earlierOwnership);
        replies = List.copyOf(replies);
        reports = List.copyOf(reports);
    }

    /** Without earlier ownership requests. */
    public ItemPanel(Optional<OwnershipRequest> ownership, List<ReplyRequest> replies, List<ReportSummary> reports) {
        this(ownership, List.of(), replies, reports);
    }
}
