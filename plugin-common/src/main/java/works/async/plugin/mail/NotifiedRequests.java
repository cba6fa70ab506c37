package works.async.plugin.mail;

import java.util.Objects;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.escalation.NotificationKey;
import works.async.core.report.ReviewerRef;
import works.async.core.report.SeriesOccurrence;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;

/**
 * What a notification is about, looked up from its key, so that a mail can name the issue or page and the question.
 * Empty when the request, report or series no longer exists (or its id cannot be read): the mail then says only when
 * it was due.
 */
public final class NotifiedRequests {

    /**
     * @param item    the issue or page (or action item) the request is on
     * @param subject the question asked, the report's title or the replaced meeting's name; null for ownership, which
     *                asks nothing in words
     */
    public record Topic(ItemRef item, String subject) {

        public Topic {
            Objects.requireNonNull(item, "item");
        }
    }

    private final ReplyRequestStore replies;
    private final OwnershipRequestStore ownership;
    private final MeetingReportStore reports;

    public NotifiedRequests(ReplyRequestStore replies, OwnershipRequestStore ownership, MeetingReportStore reports) {
        this.replies = Objects.requireNonNull(replies, "replies");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    public Optional<Topic> topicOf(NotificationKey key) {
        String id = key.requestId();
        try {
            return switch (key.kind()) {
                case REPLY -> replies.findById(id).map(r -> new Topic(r.item(), r.question()));
                case OWNERSHIP -> ownership.findById(id).map(o -> new Topic(o.item(), null));
                case REPORT_FEEDBACK -> reports.findById(ReviewerRef.parse(id).reportId())
                        .map(r -> new Topic(r.item(), r.title()));
                case REPORT_SERIES -> reports.findSeries(SeriesOccurrence.parse(id).seriesId())
                        .map(s -> new Topic(s.item(), s.meeting() == null ? null : s.meeting().name()));
            };
        } catch (DomainException unreadableId) {
            // An id the outbox kept from an older format: nothing to look up, which is the same as gone.
            return Optional.empty();
        }
    }
}
