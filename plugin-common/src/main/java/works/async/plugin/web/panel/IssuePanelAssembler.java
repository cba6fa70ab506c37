package works.async.plugin.web.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.report.MeetingReport;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.Screen;

/** Builds the issue panel's view model from what the panel reader returns. */
public final class IssuePanelAssembler {

    /** Windows offered besides the policy default, in working hours: half a day to a working week. */
    private static final long[] OFFERED_HOURS = {2, 4, 8, 16, 24, 40};

    private IssuePanelAssembler() {
    }

    /**
     * @param issueKey            the issue
     * @param ownership           the current ownership request, if any
     * @param replies             reply requests on the issue (any order)
     * @param reports             report summaries linked to the issue
     * @param defaultWindow       the policy's reply window for this issue (pre-selected)
     * @param viewerIsCoordinator whether the viewer may confirm on the owner's behalf
     * @param canRequestReply     whether the viewer may ask questions here
     * @param reportHref          link pattern of a report, with {@code {id}} for its id
     */
    public static IssuePanelView assemble(String issueKey, Optional<OwnershipRequest> ownership, List<ReplyRequest> replies,
                                          List<ReportSummary> reports, Duration defaultWindow, boolean viewerIsCoordinator,
                                          boolean canRequestReply, String reportHref, Screen screen) {
        return assemble(issueKey, ownership, List.of(), replies, reports, defaultWindow, viewerIsCoordinator,
                canRequestReply, reportHref, screen);
    }

    /** @param earlierOwnership the issue's ownership requests before the current one, newest first */
    public static IssuePanelView assemble(String issueKey, Optional<OwnershipRequest> ownership,
                                          List<OwnershipRequest> earlierOwnership, List<ReplyRequest> replies,
                                          List<ReportSummary> reports, Duration defaultWindow, boolean viewerIsCoordinator,
                                          boolean canRequestReply, String reportHref, Screen screen) {
        List<ReplyView> open = replies.stream().filter(ReplyRequest::isOpen)
                .sorted(Comparator.comparing(ReplyRequest::dueAt))
                .map(r -> ReplyViews.of(r, screen)).toList();
        List<ReplyView> closed = replies.stream().filter(r -> !r.isOpen())
                .sorted(Comparator.comparing(ReplyRequest::closedAt).reversed())
                .map(r -> ReplyViews.of(r, screen)).toList();
        return new IssuePanelView(issueKey, screen.restBase(), screen.viewer().zone().getId(),
                ownership.map(o -> OwnershipViews.of(o, screen, viewerIsCoordinator)).orElse(null),
                OwnershipViews.history(earlierOwnership, screen),
                open, closed,
                reports.stream().map(r -> report(r, reportHref, screen)).toList(),
                windows(defaultWindow, screen),
                canRequestReply);
    }

    /** The windows an asker chooses from, the policy's default among them and selected (the panel, the macro). */
    public static List<WindowOption> windows(Duration defaultWindow, Screen screen) {
        List<WindowOption> options = new ArrayList<>();
        long defaultMinutes = defaultWindow.toMinutes();
        boolean placed = false;
        for (long hours : OFFERED_HOURS) {
            long minutes = hours * 60;
            if (!placed && defaultMinutes <= minutes) {
                if (defaultMinutes < minutes) {
                    options.add(option(defaultMinutes, true, screen));
                }
                placed = true;
                options.add(option(minutes, defaultMinutes == minutes, screen));
            } else {
                options.add(option(minutes, false, screen));
            }
        }
        if (!placed) {
            options.add(option(defaultMinutes, true, screen));
        }
        return options;
    }

    private static WindowOption option(long minutes, boolean isDefault, Screen screen) {
        String hours = minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
        String label = screen.texts().get(isDefault ? "async.ui.window.hours.default" : "async.ui.window.hours", hours);
        return new WindowOption(minutes, label, isDefault);
    }

    /** A report as one line of a list (the panel's, the project page's): state, title, author and closing time. */
    public static ReportLinkView report(ReportSummary summary, String hrefPattern, Screen screen) {
        boolean open = summary.state() == MeetingReport.ReportState.OPEN;
        return new ReportLinkView(summary.id(), summary.title(), screen.people().name(summary.author()),
                summary.closesAt() == null ? null : screen.times().dual(summary.closesAt(), screen.viewer(), null),
                new Lozenge(screen.texts().get(open ? "async.ui.report.state.open" : "async.ui.report.state.closed"),
                        open ? "current" : "complete"),
                screen.baseUrl() + hrefPattern.replace("{id}", summary.id()));
    }
}
