package works.async.plugin.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.report.MeetingReport;
import works.async.core.report.Reviewer;
import works.async.core.report.ReportSeries;
import works.async.core.report.ReportService;
import works.async.core.report.ReportStore;
import works.async.plugin.ao.Outbox;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/** The escalation job's share for reports: reviewer reminders and escalations, and closing at the deadline. */
final class ReportDeadlines {

    private final ReportStore store;
    private final Outbox outbox;
    private final ItemAccess items;
    private final Calendars calendars;
    private final Tx tx;
    private final Clock clock;

    ReportDeadlines(ReportStore store, Outbox outbox, ItemAccess items, Calendars calendars, Tx tx, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.items = Objects.requireNonNull(items, "items");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Plans reminders / escalations for silent reviewers of open reports closing by the horizon. */
    int remind(DeadlinePlanner planner, Instant horizon) {
        int planned = 0;
        for (MeetingReport report : store.findOpenClosingBy(horizon)) {
            Optional<HostItem> item = items.find(report.item().kind(), report.item().itemKey());
            if (item.isEmpty()) {
                continue;
            }
            MeetingReport current = report;
            for (Reviewer listed : report.reviewers()) {
                Reviewer reviewer = current.reviewer(listed.userKey()).orElse(listed);
                int sent = current.hasResponded(reviewer.userKey()) ? 0 : reviewerDue(planner, item.get(), current, reviewer);
                if (sent > 0) {
                    // Recording bumped the report's version; the next reviewer is checked against the new one.
                    current = store.findById(report.id()).orElse(current);
                    planned += sent;
                }
            }
        }
        return planned;
    }

    /**
     * Reminds the author of each recurring series, once per occurrence, from the start of their working day on its
     * date until they move the series on. The reminder changes nothing on the series: the outbox row's unique key
     * (series and occurrence) is what keeps later passes from planning it again. Series are walked by id in pages.
     */
    int remindSeriesAuthors(Instant now, int pageSize) {
        int planned = 0;
        String after = "";
        for (List<ReportSeries> page; !(page = store.findSeriesAfter(after, pageSize)).isEmpty();
             after = page.get(page.size() - 1).id()) {
            List<Notification> due = new ArrayList<>();
            for (ReportSeries series : page) {
                if (now.isBefore(earliestReminder(series))) {
                    continue; // its date has not begun anywhere yet: no item or calendar lookups on a quiet pass
                }
                Optional<HostItem> item = items.find(series.item().kind(), series.item().itemKey());
                if (item.isEmpty()) {
                    continue;
                }
                Instant remindAt = series.reminderAt(calendars.forItem(item.get()).calendarFor(series.author()));
                if (!remindAt.isAfter(now)) {
                    // Series ids are UUIDs (no '/'), so "seriesId/occurrence" splits back unambiguously.
                    NotificationKey key = NotificationKey.reminder(series.id() + "/" + series.occurrenceIndex(),
                            DeadlineKind.REPORT_SERIES);
                    due.add(new Notification(key, series.author(), series.author(), remindAt, remindAt, false));
                }
            }
            if (!due.isEmpty()) {
                planned += outbox.write(due); // one transaction of its own: the write and its repeat check
            }
        }
        return planned;
    }

    /** No zone is more than 14 hours ahead of UTC, so no author's reminder for the date can come before this. */
    private static Instant earliestReminder(ReportSeries series) {
        return series.nextOccurrence().atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
    }

    /** Closes reports whose last required deadline has passed. */
    int closeDue(Instant now) {
        return tx.call(() -> service().closeIfDue(now).size());
    }

    private int reviewerDue(DeadlinePlanner planner, HostItem item, MeetingReport report, Reviewer reviewer) {
        // Report ids are UUIDs (no '/'), so "reportId/reviewer" splits back unambiguously.
        List<Notification> notes = planner.plan(item, report.id() + "/" + reviewer.userKey(),
                DeadlineKind.REPORT_FEEDBACK, reviewer.userKey(), report.publishedAt(), reviewer.dueAt(),
                reviewer.reminded(), reviewer.escalationLevel());
        if (notes.isEmpty()) {
            return 0;
        }
        return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
            if (store.findById(report.id()).filter(f -> f.version() == report.version()).isEmpty()) {
                return 0;
            }
            service().recordNotified(report.id(), reviewer.userKey(), DeadlinePlanner.reminds(notes),
                    DeadlinePlanner.level(notes));
            outbox.write(notes);
            return notes.size();
        }));
    }

    private ReportService service() {
        return new ReportService(store, calendars.global(), clock, Ids::next);
    }
}
