package works.async.plugin.ao;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;
import works.async.plugin.insight.InsightSource;
import works.async.plugin.insight.Insights;

/**
 * Team insights read from the plugin's own tables: per project or space since an instant, newest first, bounded by the
 * caller's limit and paged over the (container, kind, time) indexes of model version 3. The rows name people; only
 * {@link Insights}' aggregates leave the application.
 */
public final class AoInsightSource implements InsightSource {

    private final AoOwnershipStore ownership;
    private final AoReplyStore replies;
    private final AoReportStore reports;

    public AoInsightSource(AoOwnershipStore ownership, AoReplyStore replies, AoReportStore reports) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    @Override
    public List<OwnershipRequest> ownership(ItemRef.Kind kind, String containerKey, Instant openedSince, int limit) {
        return ownership.findByContainerOpenedSince(kind, containerKey, openedSince, limit);
    }

    @Override
    public List<ReplyRequest> replies(ItemRef.Kind kind, String containerKey, Instant openedSince, int limit) {
        return replies.findByContainerOpenedSince(kind, containerKey, openedSince, limit);
    }

    @Override
    public List<MeetingReport> reports(ItemRef.Kind kind, String containerKey, Instant publishedSince, int limit) {
        return reports.findByContainerPublishedSince(kind, containerKey, publishedSince, limit);
    }
}
