package works.async.plugin.web.waiting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;
import works.async.core.report.Reviewer;
import works.async.plugin.spi.HostItem;
import works.async.plugin.waiting.WaitingForMe;
import works.async.plugin.web.DualTime;
import works.async.plugin.web.Lozenge;
import works.async.plugin.web.Screen;
import works.async.plugin.web.Texts;

/** Builds the "waiting for me" page: every due time on the viewer's own clock, every link to where it is answered. */
public final class WaitingAssembler {

    /** A question is quoted up to this many characters; the issue or page has the rest. */
    static final int QUESTION_CHARS = 160;

    private WaitingAssembler() {
    }

    /**
     * @param reportHref where a report on a Jira project's page is read, relative to the base URL, with {@code {id}}
     *                   (a report on a Confluence page is read on its page)
     */
    public static WaitingView assemble(WaitingForMe.Waiting waiting, WaitingLinks links, String reportHref,
                                       Screen screen) {
        Texts texts = screen.texts();
        List<WaitingView.Entry> replies = waiting.replies().stream().map(o -> reply(o, links, screen)).toList();
        List<WaitingView.Entry> ownership = waiting.ownership().stream().map(o -> ownership(o, links, screen)).toList();
        List<WaitingView.Entry> reports = waiting.reports().stream()
                .map(o -> report(o, waiting.userKey(), links, reportHref, screen)).toList();
        List<WaitingView.Entry> agreements = waiting.agreements().stream()
                .map(a -> agreement(a, links, screen)).toList();
        List<WaitingView.Section> sections = List.of(
                new WaitingView.Section("replies", texts.count("async.ui.waiting.replies", replies.size()),
                        texts.get("async.ui.waiting.replies.none"), replies),
                new WaitingView.Section("ownership", texts.count("async.ui.waiting.ownership", ownership.size()),
                        texts.get("async.ui.waiting.ownership.none"), ownership),
                new WaitingView.Section("reports", texts.count("async.ui.waiting.reports", reports.size()),
                        texts.get("async.ui.waiting.reports.none"), reports),
                new WaitingView.Section("agreements", texts.count("async.ui.waiting.agreements", agreements.size()),
                        texts.get("async.ui.waiting.agreements.none"), agreements));
        return new WaitingView(texts.get("async.ui.waiting.heading"),
                texts.get("async.ui.waiting.zone", screen.viewer().zone().getId()), sections,
                figures(waiting.figures(), texts),
                texts.get("async.ui.waiting.figures.note", String.valueOf(waiting.figures().weeks())));
    }

    private static WaitingView.Entry reply(WaitingForMe.Owed<ReplyRequest> owed, WaitingLinks links, Screen screen) {
        ReplyRequest r = owed.request();
        String detail = screen.texts().get(r.isRenegotiated() ? "async.ui.waiting.reply.renegotiated"
                : "async.ui.waiting.reply.detail", screen.people().name(r.asker()), quote(r.question()));
        return due(itemTitle(owed.item(), screen.texts()), screen.baseUrl() + links.item(r.item()), detail,
                r.dueAt(), screen);
    }

    private static WaitingView.Entry ownership(WaitingForMe.Owed<OwnershipRequest> owed, WaitingLinks links,
                                               Screen screen) {
        OwnershipRequest r = owed.request();
        return due(itemTitle(owed.item(), screen.texts()), screen.baseUrl() + links.item(r.item()),
                screen.texts().get("async.ui.waiting.ownership.detail", screen.people().name(r.requestedBy())),
                r.dueAt(), screen);
    }

    private static WaitingView.Entry report(WaitingForMe.Owed<MeetingReport> owed, String me, WaitingLinks links,
                                            String reportHref, Screen screen) {
        MeetingReport report = owed.request();
        Reviewer reviewer = report.reviewer(me).orElseThrow();
        // A Jira project's reports are read on their own page; a Confluence report is a macro on its page.
        String href = report.item().namesProjectPage() ? reportHref.replace("{id}", report.id())
                : links.item(report.item());
        String detail = screen.texts().get(reviewer.isRequired() ? "async.ui.waiting.report.required"
                : "async.ui.waiting.report.optional", screen.people().name(report.author()));
        return due(report.title(), screen.baseUrl() + href, detail, reviewer.dueAt(), screen);
    }

    private static WaitingView.Entry agreement(WaitingForMe.Agreement agreement, WaitingLinks links, Screen screen) {
        Texts texts = screen.texts();
        boolean project = agreement.kind() == ContainerKind.JIRA_PROJECT;
        return new WaitingView.Entry(texts.get(project ? "async.ui.waiting.agreement.project"
                : "async.ui.waiting.agreement.space", agreement.name()),
                screen.baseUrl() + links.agreement(agreement.kind(), agreement.containerKey()),
                texts.get("async.ui.waiting.agreement.detail"), null, texts.get("async.ui.waiting.noDue"), null);
    }

    private static WaitingView.Entry due(String title, String href, String detail, Instant dueAt, Screen screen) {
        DualTime due = screen.times().dual(dueAt, screen.viewer(), null);
        return new WaitingView.Entry(title, href, detail, due, screen.texts().get("async.ui.waiting.due", due.label()),
                due.past() ? new Lozenge(screen.texts().get("async.ui.waiting.overdue"), "error") : null);
    }

    /** Jira names an issue by key and summary, Confluence a page by its title. */
    static String itemTitle(HostItem item, Texts texts) {
        if (item.ref().namesProjectPage()) {
            return texts.get("async.ui.waiting.item.project", item.title());
        }
        return item.ref().kind() == works.async.core.ItemRef.Kind.JIRA_ISSUE
                ? texts.get("async.ui.waiting.item.issue", item.ref().itemKey(), item.title()) : item.title();
    }

    private static String quote(String question) {
        String text = question == null ? "" : question.strip().replaceAll("\\s+", " ");
        return text.length() <= QUESTION_CHARS ? text : text.substring(0, QUESTION_CHARS - 1).stripTrailing() + "\u2026";
    }

    private static List<WaitingView.Figure> figures(TeamInsights own, Texts texts) {
        return List.of(
                share("async-work-own-replies", texts.get("async.ui.waiting.figure.replies"), own.replies(), texts),
                hours("async-work-own-reply-median", texts.get("async.ui.waiting.figure.replyMedian"),
                        own.medianMinutesToReply(), texts),
                share("async-work-own-confirmations", texts.get("async.ui.waiting.figure.confirmations"),
                        own.confirmations(), texts),
                hours("async-work-own-confirm-median", texts.get("async.ui.waiting.figure.confirmMedian"),
                        own.medianMinutesToConfirm(), texts),
                new WaitingView.Figure("async-work-own-overdue", texts.get("async.ui.waiting.figure.overdue"),
                        String.valueOf(own.overdueNow() == null ? 0 : own.overdueNow()),
                        texts.get("async.ui.waiting.figure.overdue.detail")));
    }

    private static WaitingView.Figure share(String id, String label, TeamInsights.Kept kept, Texts texts) {
        Double share = kept == null ? null : kept.share();
        if (share == null) {
            return new WaitingView.Figure(id, label, texts.get("async.ui.insight.noData"),
                    texts.get("async.ui.waiting.figure.nothing"));
        }
        return new WaitingView.Figure(id, label, Math.round(share * 100) + "%", texts.get("async.ui.insight.kept.detail",
                String.valueOf(kept.withinWindow()), String.valueOf(kept.answered())));
    }

    private static WaitingView.Figure hours(String id, String label, Long minutes, Texts texts) {
        String value = minutes == null ? texts.get("async.ui.insight.noData")
                : texts.get("async.ui.insight.workingHours", BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        return new WaitingView.Figure(id, label, value, texts.get("async.ui.waiting.figure.median.detail"));
    }
}
