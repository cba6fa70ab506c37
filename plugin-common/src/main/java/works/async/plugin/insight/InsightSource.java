package works.async.plugin.insight;

import java.time.Instant;
import java.util.List;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;

/**
 * Port to the agreements of one project or space opened since a moment, for team-level insights; the plugins
 * implement it over their stores (bounded reads), tests with lists.
 */
public interface InsightSource {

    List<OwnershipRequest> ownership(ItemRef.Kind kind, String containerKey, Instant openedSince, int limit);

    List<ReplyRequest> replies(ItemRef.Kind kind, String containerKey, Instant openedSince, int limit);

    List<MeetingReport> reports(ItemRef.Kind kind, String containerKey, Instant publishedSince, int limit);

    /** A source with nothing in it, for hosts that have not wired one yet: insights then show no data. */
    static InsightSource none() {
        return new InsightSource() {
            @Override
            public List<OwnershipRequest> ownership(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
                return List.of();
            }

            @Override
            public List<ReplyRequest> replies(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
                return List.of();
            }

            @Override
            public List<MeetingReport> reports(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
                return List.of();
            }
        };
    }
}
