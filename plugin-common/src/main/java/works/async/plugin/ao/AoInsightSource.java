package works.async.plugin.ao;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

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

    /**
     * Reads through stores of its own: they hold nothing but the facade, so they see the same rows as the plugin's
     * store beans, and the queries insights need (a container's rows opened since a date) stay off the ports.
     */
    public AoInsightSource(ActiveObjects ao) {
        Objects.requireNonNull(ao, "ao");
        this.ownership = new AoOwnershipStore(ao);
        this.replies = new AoReplyStore(ao);
        this.reports = new AoReportStore(ao);
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
