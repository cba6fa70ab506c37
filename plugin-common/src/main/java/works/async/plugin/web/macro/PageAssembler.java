package works.async.plugin.web.macro;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.report.MeetingReport;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.web.Screen;
import works.async.plugin.web.panel.OwnershipViews;
import works.async.plugin.web.panel.IssuePanelAssembler;
import works.async.plugin.web.panel.ReplyViews;

/** Builds the page-level views: open questions, the action item and the banner. */
public final class PageAssembler {

    private PageAssembler() {
    }

    /** The page's questions, open and closed, with the windows an asker on the page chooses from. */
    public static QuestionsView questions(String pageId, List<ReplyRequest> replies, Duration defaultWindow,
                                          Screen screen) {
        return new QuestionsView(pageId, screen.restBase(), screen.viewer().zone().getId(),
                replies.stream().filter(ReplyRequest::isOpen)
                        .sorted(Comparator.comparing(ReplyRequest::dueAt))
                        .map(r -> ReplyViews.of(r, screen)).toList(),
                replies.stream().filter(r -> !r.isOpen())
                        .sorted(Comparator.comparing(ReplyRequest::closedAt).reversed())
                        .map(r -> ReplyViews.of(r, screen)).toList(),
                IssuePanelAssembler.windows(defaultWindow, screen));
    }

    public static ActionItemView actionItem(String itemKey, String text, Optional<OwnershipRequest> ownership,
                                            boolean viewerIsCoordinator, Screen screen) {
        return new ActionItemView(itemKey, screen.restBase(), text,
                ownership.map(o -> OwnershipViews.of(o, screen, viewerIsCoordinator)).orElse(null));
    }

    /**
     * What the page waits on from the viewer: their open replies, their unanswered ownership, their feedback
     * on open reports where they are a reviewer who has not responded.
     */
    public static BannerView banner(List<ReplyRequest> replies, Optional<OwnershipRequest> ownership,
                                    List<MeetingReport> reports, Screen screen) {
        record Due(java.time.Instant at, BannerView.Item item) { }
        List<Due> owed = new ArrayList<>();
        String me = screen.viewer().key();
        for (ReplyRequest r : replies) {
            if (r.isOpen() && r.recipient().equals(me)) {
                owed.add(new Due(r.dueAt(), new BannerView.Item(
                        screen.texts().get("async.ui.banner.reply", screen.people().name(r.asker())), r.question(),
                        screen.times().dual(r.dueAt(), screen.viewer(), screen.people().get(r.asker())),
                        "async-work-reply-" + r.id())));
            }
        }
        ownership.filter(o -> o.awaitsAnswer() && o.owner().equals(me)).ifPresent(o -> owed.add(new Due(o.dueAt(),
                new BannerView.Item(screen.texts().get("async.ui.banner.ownership"), null,
                        screen.times().dual(o.dueAt(), screen.viewer(), null), "async-work-action-item-" + o.item().itemKey()))));
        for (MeetingReport report : reports) {
            report.reviewer(me).filter(rv -> report.acceptsFeedbackFrom(me, screen.times().now())
                    && !report.hasResponded(me)).ifPresent(rv ->
                    owed.add(new Due(rv.dueAt(), new BannerView.Item(
                            screen.texts().get("async.ui.banner.feedback"), report.title(),
                            screen.times().dual(rv.dueAt(), screen.viewer(), null), "async-work-report-" + report.id()))));
        }
        return new BannerView(owed.stream().sorted(Comparator.comparing(Due::at)).map(Due::item).toList());
    }
}
