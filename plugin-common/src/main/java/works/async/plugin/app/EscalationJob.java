package works.async.plugin.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipService;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyService;
import works.async.core.policy.PolicyService;
import works.async.plugin.ao.DueCursor;
import works.async.plugin.ao.Outbox;
import works.async.plugin.ao.OwnershipRequestStore;
import works.async.plugin.ao.ReplyRequestStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * One pass of reminders and escalations (the host runs it once per cluster, e.g. every minute): plans what is due
 * over paged scans of open deadlines, records each decision together with its outbox rows in one transaction,
 * closes reports whose feedback time is over, and delivers outbox rows whose time (in the addressee's working
 * hours) has come. Re-running a pass at the same moment sends nothing new.
 */
public final class EscalationJob {

    static final int PAGE = 500;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final ReportDeadlines reports;
    private final Outbox outbox;
    private final ItemAccess items;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final PolicyService policies;
    private final Calendars calendars;
    private final Tx tx;
    private final Clock clock;
    private final Duration reminderLookahead;

    /** What one pass did. */
    public record Pass(int notificationsPlanned, int reportsClosed, int delivered) {
    }

    EscalationJob(OwnershipRequestStore ownership, ReplyRequestStore replies, ReportDeadlines reports, Outbox outbox,
                  ItemAccess items, UserDirectory directory, Mailer mailer, PolicyService policies, Calendars calendars,
                  Tx tx, Clock clock, Duration reminderLookahead) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.items = Objects.requireNonNull(items, "items");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reminderLookahead = Objects.requireNonNull(reminderLookahead, "reminderLookahead");
    }

    public Pass runOnce() {
        Instant now = clock.instant();
        // Reminders fall before the due time, so the scans look a little ahead; escalations are all at or after it.
        Instant horizon = now.plus(reminderLookahead);
        DeadlinePlanner planner = new DeadlinePlanner(policies, calendars, new EscalationTargets(directory), clock);
        int planned = scan(c -> ownership.findAwaitingDue(horizon, c, PAGE), OwnershipRequest::dueAt, OwnershipRequest::id,
                r -> ownershipDue(planner, r))
                + scan(c -> replies.findOpenDue(horizon, c, PAGE), ReplyRequest::dueAt, ReplyRequest::id,
                r -> replyDue(planner, r))
                + reports.remind(planner, horizon);
        int closed = reports.closeDue(now);
        int delivered = outbox.deliverDue(now, PAGE, this::mail);
        return new Pass(planned, closed, delivered);
    }

    private int ownershipDue(DeadlinePlanner planner, OwnershipRequest r) {
        Optional<HostItem> item = items.find(r.item().kind(), r.item().itemKey());
        if (item.isEmpty()) {
            return 0;
        }
        List<Notification> notes = planner.plan(item.get(), r.id(), DeadlineKind.OWNERSHIP, r.owner(), r.openedAt(),
                r.dueAt(), r.reminded(), r.escalationLevel());
        if (notes.isEmpty()) {
            return 0;
        }
        return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
            // Somebody acted since the scan read it: the next pass plans from the new state.
            if (ownership.findById(r.id()).filter(f -> f.version() == r.version()).isEmpty()) {
                return 0;
            }
            new OwnershipService(ownership, calendars.global(), clock)
                    .recordNotified(r.id(), DeadlinePlanner.reminds(notes), DeadlinePlanner.level(notes));
            outbox.write(notes);
            return notes.size();
        }));
    }

    private int replyDue(DeadlinePlanner planner, ReplyRequest r) {
        Optional<HostItem> item = items.find(r.item().kind(), r.item().itemKey());
        if (item.isEmpty()) {
            return 0;
        }
        List<Notification> notes = planner.plan(item.get(), r.id(), DeadlineKind.REPLY, r.recipient(), r.openedAt(),
                r.dueAt(), r.reminded(), r.escalationLevel());
        if (notes.isEmpty()) {
            return 0;
        }
        return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
            if (replies.findById(r.id()).filter(f -> f.version() == r.version()).isEmpty()) {
                return 0;
            }
            new ReplyService(replies, calendars.global(), clock)
                    .recordNotified(r.id(), DeadlinePlanner.reminds(notes), DeadlinePlanner.level(notes));
            outbox.write(notes);
            return notes.size();
        }));
    }

    /** Walks a keyset-paged scan to its end, so a backlog is processed in bounded pages. */
    private static <T> int scan(Function<DueCursor, List<T>> page, Function<T, Instant> due, Function<T, String> id,
                                Function<T, Integer> handle) {
        int total = 0;
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<T> rows = page.apply(cursor);
            for (T row : rows) {
                total += handle.apply(row);
            }
            if (rows.size() < PAGE) {
                return total;
            }
            T last = rows.get(rows.size() - 1);
            cursor = new DueCursor(due.apply(last), id.apply(last));
        }
    }

    private void mail(Notification notification) {
        // An addressee who left the directory cannot be reached; the row still counts as handled.
        directory.byKey(notification.addressee()).ifPresent(user -> mailer.deliver(notification, user));
    }
}
