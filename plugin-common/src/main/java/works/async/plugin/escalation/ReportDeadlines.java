package works.async.plugin.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReportSeries;
import works.async.core.report.ReportService;
import works.async.core.report.Reviewer;
import works.async.plugin.access.Ids;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.followup.Followup;
import works.async.plugin.outbox.OutboxStore;
import works.async.plugin.report.DueReviewer;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.SeriesReminders;
import works.async.core.report.ReviewerRef;
import works.async.core.report.SeriesOccurrence;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/** The escalation job's share for reports: reviewer reminders and escalations, and closing at the deadline. */
public final class ReportDeadlines {

    private static final int PAGE = 500;

    private final MeetingReportStore store;
    private final OutboxStore outbox;
    private final ItemAccess items;
    private final Calendars calendars;
    private final Tx tx;
    private final Clock clock;

    public ReportDeadlines(MeetingReportStore store, OutboxStore outbox, ItemAccess items, Calendars calendars, Tx tx,
                           Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.items = Objects.requireNonNull(items, "items");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Plans reminders / escalations for the reviewers whose next check has come (read by the reviewer rows' index, a
     * page at a time with their reports), and stores each reviewer's next moment; a reviewer who responded, or whose
     * report or item is gone, is settled. Each reviewer is planned on its own: one that throws is recorded as a
     * problem on its row and retried with back-off, and the others go on.
     */
    int remind(DeadlinePlanner planner, Instant now) {
        int planned = 0;
        long afterCheck = Long.MIN_VALUE;
        int afterRow = 0;
        while (true) {
            List<DueReviewer> page = store.findReviewersDue(now, afterCheck, afterRow, PAGE);
            Map<String, MeetingReport> reports = new HashMap<>();
            for (MeetingReport r : store.findByIds(page.stream().map(DueReviewer::reportId).distinct().toList())) {
                reports.put(r.id(), r);
            }
            for (DueReviewer due : page) {
                MeetingReport report = reports.get(due.reportId());
                if (report == null) {
                    // Reports are never deleted, but a reviewer row without one must not be read on every pass.
                    tx.call(() -> store.settleReviewersOfMissingReport(due.reportId()));
                    continue;
                }
                try {
                    int sent = reviewerDue(planner, report, due, now);
                    if (sent > 0) {
                        // Recording bumped the report's version; its next reviewer is checked against the new one.
                        store.findById(report.id()).ifPresent(current -> reports.put(current.id(), current));
                        planned += sent;
                    }
                } catch (RuntimeException e) {
                    Followup failed = RowProblems.failed("reviewer " + due.userKey() + " of report " + report.id(),
                            due.followup(), e, now);
                    DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
                        store.setReviewerFollowup(report.id(), report.version(), due.userKey(), failed);
                        return 0;
                    }));
                }
            }
            if (page.size() < PAGE) {
                return planned;
            }
            DueReviewer last = page.get(page.size() - 1);
            afterCheck = last.followup().nextCheckAt().toEpochMilli();
            afterRow = last.rowId();
        }
    }

    /**
     * Reminds the author of each recurring series, once per occurrence, from the start of their working day on its
     * date until they move the series on. The reminder changes nothing on the series: the outbox row's unique key
     * (series and occurrence) is what keeps later passes from planning it again. Series are walked by id in pages.
     * Offers {@code next} each series' next moment: the earliest its date can begin, or the author's reminder time
     * once it has (nothing once the reminder is written: the series waits for its author).
     */
    int remindSeriesAuthors(Instant now, int pageSize, NextWake next) {
        int planned = 0;
        String after = "";
        for (List<ReportSeries> page; !(page = store.findSeriesAfter(after, pageSize)).isEmpty();
             after = page.get(page.size() - 1).id()) {
            List<Notification> due = new ArrayList<>();
            for (ReportSeries series : page) {
                Instant earliest = SeriesReminders.earliest(series);
                if (now.isBefore(earliest)) {
                    next.offer(earliest);
                    continue; // its date has not begun anywhere yet: no item or calendar lookups on a quiet pass
                }
                Optional<HostItem> item = items.find(series.item().kind(), series.item().itemKey());
                if (item.isEmpty()) {
                    continue;
                }
                Instant remindAt = series.reminderAt(calendars.underItemPolicy(item.get()).calendarFor(series.author()));
                if (remindAt.isAfter(now)) {
                    next.offer(remindAt);
                } else {
                    NotificationKey key = NotificationKey.reminder(
                            new SeriesOccurrence(series.id(), series.occurrenceIndex()).asString(), DeadlineKind.REPORT_SERIES);
                    due.add(new Notification(key, series.author(), series.author(), remindAt, remindAt, false));
                }
            }
            if (!due.isEmpty()) {
                // One transaction of its own: the write and its repeat check; delivered by this pass, so no wake.
                planned += outbox.writeForThisPass(due);
            }
        }
        return planned;
    }

    /** Closes reports whose last required deadline has passed. */
    int closeDue(Instant now) {
        return tx.call(() -> service().closeIfDue(now).size());
    }

    /**
     * One reviewer's check: the notifications due now with what they record on the report, and the reviewer's next
     * moment, stored in one transaction if the report is still as it was read.
     */
    private int reviewerDue(DeadlinePlanner planner, MeetingReport report, DueReviewer due, Instant now) {
        Optional<Reviewer> listed = report.reviewer(due.userKey());
        Optional<HostItem> item = items.find(report.item().kind(), report.item().itemKey());
        if (report.state() != MeetingReport.ReportState.OPEN || listed.isEmpty()
                || report.hasResponded(due.userKey()) || item.isEmpty()) {
            return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
                store.setReviewerFollowup(report.id(), report.version(), due.userKey(), Followup.settled());
                return 0;
            }));
        }
        Reviewer reviewer = listed.get();
        String requestId = new ReviewerRef(report.id(), reviewer.userKey()).asString();
        List<Notification> notes = planner.plan(item.get(), requestId, DeadlineKind.REPORT_FEEDBACK, reviewer.userKey(),
                report.publishedAt(), reviewer.dueAt(), reviewer.reminded(), reviewer.escalationLevel());
        boolean reminded = reviewer.reminded() || DeadlinePlanner.reminds(notes);
        int level = Math.max(reviewer.escalationLevel(), DeadlinePlanner.level(notes));
        Followup next = Followup.at(planner.nextMoment(item.get(), requestId, DeadlineKind.REPORT_FEEDBACK,
                reviewer.userKey(), report.publishedAt(), reviewer.dueAt(), reminded, level, now).orElse(null));
        return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
            if (store.findById(report.id()).filter(f -> f.version() == report.version()).isEmpty()) {
                return 0;
            }
            long version = report.version();
            if (!notes.isEmpty()) {
                version = service().recordNotified(report.id(), reviewer.userKey(), reminded, level).version();
                outbox.write(notes);
            }
            store.setReviewerFollowup(report.id(), version, reviewer.userKey(), next);
            return notes.size();
        }));
    }

    private ReportService service() {
        return new ReportService(store, calendars.underGlobalPolicy(), clock, Ids::next);
    }
}
