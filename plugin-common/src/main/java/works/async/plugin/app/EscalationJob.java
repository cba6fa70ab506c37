package works.async.plugin.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.core.policy.PolicyService;
import works.async.plugin.ao.DueCursor;
import works.async.plugin.ao.GuardedWrite;
import works.async.plugin.ao.Outbox;
import works.async.plugin.ao.OwnershipRequestStore;
import works.async.plugin.ao.ReplyRequestStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * One pass of reminders and escalations (the host runs it once per cluster, e.g. every minute): plans what is due
 * over paged scans of open deadlines, records the decisions of each page together with their outbox rows in one
 * transaction, on {@link PageWriters} while the next page is planned (a request changed concurrently is skipped
 * alone and planned again by the next pass), reminds authors of recurring report series on each report's date,
 * closes reports whose feedback time is over, and delivers outbox rows whose time (in the addressee's working
 * hours) has come. Re-running a pass at the same moment sends nothing new.
 */
public final class EscalationJob {

    static final int PAGE = 500;
    /**
     * Pages written at once during a backlog: two overlapped UPDATE round trips are what lift a backlog past its
     * budget (bench/), while the host's connection pool keeps serving everyone else.
     */
    static final int WRITERS = 2;

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
        int planned;
        try (PageWriters writers = new PageWriters(WRITERS)) {
            DueKind<OwnershipRequest> owned = new DueKind<>(DeadlineKind.OWNERSHIP, Due::of,
                    id -> ownership.findById(id).map(OwnershipRequest::version), ownership::saveAllWithNotifications);
            DueKind<ReplyRequest> asked = new DueKind<>(DeadlineKind.REPLY, Due::of,
                    id -> replies.findById(id).map(ReplyRequest::version), replies::saveAllWithNotifications);
            planned = scan(c -> ownership.findAwaitingDue(horizon, c, PAGE), OwnershipRequest::dueAt, OwnershipRequest::id,
                    page -> plannedPage(planner, page, owned, writers))
                    + scan(c -> replies.findOpenDue(horizon, c, PAGE), ReplyRequest::dueAt, ReplyRequest::id,
                    page -> plannedPage(planner, page, asked, writers));
            // Every page is stored before the outbox is delivered below, so this pass delivers what it planned.
            planned += writers.await();
        }
        planned += reports.remind(planner, horizon);
        planned += reports.remindSeriesAuthors(now, PAGE);
        int closed = reports.closeDue(now);
        int delivered = outbox.deliverDue(now, PAGE, this::mail);
        return new Pass(planned, closed, delivered);
    }

    /**
     * One open request as a page planner reads it, whatever its kind: the deadline fields and how the request looks
     * once a reminder or escalation is recorded on it.
     */
    private record Due<R>(String id, ItemRef item, String person, Instant openedAt, Instant dueAt,
                          boolean reminded, int level, long version, BiFunction<Boolean, Integer, R> notified) {

        static Due<OwnershipRequest> of(OwnershipRequest r) {
            return new Due<>(r.id(), r.item(), r.owner(), r.openedAt(), r.dueAt(), r.reminded(), r.escalationLevel(),
                    r.version(), r::notified);
        }

        static Due<ReplyRequest> of(ReplyRequest r) {
            return new Due<>(r.id(), r.item(), r.recipient(), r.openedAt(), r.dueAt(), r.reminded(), r.escalationLevel(),
                    r.version(), r::notified);
        }
    }

    /** Where a page planner reads and stores one kind of request. */
    private record DueKind<R>(DeadlineKind kind, Function<R, Due<R>> due, Function<String, Optional<Long>> storedVersion,
                              Function<List<GuardedWrite<R>>, Set<String>> saveAll) {
    }

    /**
     * Plans one page of deadlines here (the planner and its caches belong to this thread) and hands the decisions
     * with their outbox rows to a writer, which stores them in one transaction; a request someone acted on since the
     * scan read it is skipped alone and planned again by the next pass. Returns the notifications stored without a
     * page write.
     */
    private <R> int plannedPage(DeadlinePlanner planner, List<R> page, DueKind<R> kind, PageWriters writers) {
        List<GuardedWrite<R>> writes = new ArrayList<>();
        int planned = 0;
        for (R request : page) {
            Due<R> r = kind.due().apply(request);
            Optional<HostItem> item = items.find(r.item().kind(), r.item().itemKey());
            if (item.isEmpty()) {
                continue;
            }
            List<Notification> notes = planner.plan(item.get(), r.id(), kind.kind(), r.person(), r.openedAt(),
                    r.dueAt(), r.reminded(), r.level());
            if (notes.isEmpty()) {
                continue;
            }
            boolean reminded = r.reminded() || DeadlinePlanner.reminds(notes);
            int level = Math.max(r.level(), DeadlinePlanner.level(notes));
            if (reminded == r.reminded() && level == r.level()) {
                planned += unchanged(r.version(), () -> kind.storedVersion().apply(r.id()), notes);
                continue;
            }
            writes.add(new GuardedWrite<>(r.notified().apply(reminded, level), r.version(), notes));
        }
        if (!writes.isEmpty()) {
            writers.submit(() -> written(writes, kind.saveAll().apply(writes), stored -> kind.due().apply(stored).id()));
        }
        return planned;
    }

    /** Notifications of the writes that were stored (the skipped ones are left to the next pass). */
    private static <T> int written(List<GuardedWrite<T>> writes, Set<String> skipped, Function<T, String> id) {
        int planned = 0;
        for (GuardedWrite<T> w : writes) {
            if (!skipped.contains(id.apply(w.record()))) {
                planned += w.notifications().size();
            }
        }
        return planned;
    }

    /**
     * Notifications that record nothing new on the request (the planner does not normally produce them): stored on
     * their own, as core's recordNotified leaves such a request unchanged, if the request is still as it was read.
     */
    private int unchanged(long versionRead, java.util.function.Supplier<Optional<Long>> storedVersion,
                          List<Notification> notes) {
        return DeadlinePlanner.unlessConflict(() -> tx.call(() -> {
            if (storedVersion.get().filter(v -> v == versionRead).isEmpty()) {
                return 0;
            }
            outbox.write(notes);
            return notes.size();
        }));
    }

    /** Walks a keyset-paged scan to its end, so a backlog is processed in bounded pages. */
    private static <T> int scan(Function<DueCursor, List<T>> page, Function<T, Instant> due, Function<T, String> id,
                                Function<List<T>, Integer> handle) {
        int total = 0;
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<T> rows = page.apply(cursor);
            if (!rows.isEmpty()) {
                total += handle.apply(rows);
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
