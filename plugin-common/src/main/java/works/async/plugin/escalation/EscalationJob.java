package works.async.plugin.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.database.DatabaseUnavailable;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.Followup;
import works.async.plugin.followup.GuardedWrite;
import works.async.plugin.followup.Scheduled;
import works.async.plugin.followup.WakeStore;
import works.async.plugin.item.ItemGone;
import works.async.plugin.outbox.OutboxStore;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * One pass of reminders and escalations (the host runs it once per cluster, e.g. every minute): reads only the
 * requests and reviewers whose stored next moment has come (by an index; settled rows hold none and are never read
 * again, and a reminder days ahead is read at its moment, not within some lookahead), records the decisions of each
 * page together with their outbox rows and each row's next moment in one transaction, on {@link PageWriters} while
 * the next page is planned (a request changed concurrently is skipped alone and planned again by the next pass),
 * closes requests whose issue or page is gone, records a row that cannot be planned as a problem on itself (retried
 * with back-off, listed for administrators) without stopping the others, reminds authors of recurring report series
 * on each report's date, closes reports whose feedback time is over, and delivers outbox rows whose time (in the addressee's working
 * hours) has come. Re-running a pass at the same moment sends nothing new.
 *
 * <p>A pass first asks the {@link WakeStore} whether any stored moment has come, and stops there if none has: one
 * indexed read when nothing is due, however many rows are open. Every write that stores a moment adds a wake in its
 * transaction; a full pass then replaces the wakes it read with one at the earliest moment still ahead, so a moment
 * that comes by time passing (a reminder planned days ago) wakes a pass too. Two nodes that both run a pass both run
 * it in full, as before.
 */
public final class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

    static final int PAGE = 500;
    /**
     * Pages written at once during a backlog: two overlapped UPDATE round trips are what lift a backlog past its
     * budget (bench/), while the host's connection pool keeps serving everyone else.
     */
    static final int WRITERS = 2;
    /**
     * Wakes a full pass reads and then deletes (one IN list): more are left for the next pass, which then runs in full
     * once more.
     */
    static final int WAKES_READ = 1_000;

    private final OwnershipRequestStore ownership;
    private final ReplyRequestStore replies;
    private final ReportDeadlines reports;
    private final OutboxStore outbox;
    private final ItemAccess items;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final PolicyService policies;
    private final Calendars calendars;
    private final WakeStore wakes;
    private final Clock clock;

    /** What one pass did. */
    public record Pass(int notificationsPlanned, int reportsClosed, int delivered) {
    }

    public EscalationJob(OwnershipRequestStore ownership, ReplyRequestStore replies, ReportDeadlines reports,
                         OutboxStore outbox, ItemAccess items, UserDirectory directory, Mailer mailer,
                         PolicyService policies, Calendars calendars, WakeStore wakes, Clock clock) {
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.items = Objects.requireNonNull(items, "items");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.wakes = Objects.requireNonNull(wakes, "wakes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Pass runOnce() {
        Instant now = clock.instant();
        if (!wakes.anyDue(now)) {
            return new Pass(0, 0, 0); // nothing stored a moment that has come: one indexed read, and done
        }
        Steps steps = new Steps();
        NextWake next = new NextWake();
        DeadlinePlanner planner = new DeadlinePlanner(policies, calendars, new EscalationTargets(directory), clock);
        int planned;
        try (PageWriters writers = new PageWriters(WRITERS)) {
            DueKind<OwnershipRequest> owned = new DueKind<>(DeadlineKind.OWNERSHIP, Due::of, ItemGone::closed,
                    ownership::saveAllWithNotifications);
            DueKind<ReplyRequest> asked = new DueKind<>(DeadlineKind.REPLY, Due::of, ItemGone::closed,
                    replies::saveAllWithNotifications);
            planned = scan(c -> ownership.findCheckDue(now, c, PAGE), OwnershipRequest::id,
                    page -> plannedPage(planner, page, owned, writers, now))
                    + scan(c -> replies.findCheckDue(now, c, PAGE), ReplyRequest::id,
                    page -> plannedPage(planner, page, asked, writers, now));
            // Every page is stored before the outbox is delivered below, so this pass delivers what it planned.
            planned += writers.await();
        }
        planned += steps.isolated("report reviewers", () -> reports.remind(planner, now));
        int closed = steps.isolated("closing reports", () -> reports.closeDue(now));
        // The wakes this pass replaces, read after its own writes above (so the wakes of moments it just stored and
        // handled go too) and before the reads that find the earliest moment of every row: whatever moment one of
        // these wakes stands for was committed before those reads, so they see it. A wake added after this read
        // survives the pass.
        List<Integer> woken = wakes.read(WAKES_READ);
        planned += steps.isolated("report series reminders", () -> reports.remindSeriesAuthors(now, PAGE, next));
        int delivered = steps.isolated("outbox delivery", () -> outbox.deliverDue(now, PAGE, this::mail));
        // The earliest moment on any row (one still due, as a row skipped or failed, makes the next pass full again),
        // or now when a step failed and the next pass must try it again.
        next.offer(wakes.earliestStored().orElse(null));
        if (steps.failed) {
            next.offer(now);
        }
        wakes.replace(woken, next.get());
        return new Pass(planned, closed, delivered);
    }

    /** The steps of one pass after the request scans, and whether one of them failed. */
    private static final class Steps {

        private boolean failed;

        /**
         * One step of the pass; a failure of one (say a report whose closing cannot be computed) is logged and left
         * to the next pass, and the steps after it still run, so the outbox is delivered whatever else went wrong.
         */
        int isolated(String step, java.util.function.IntSupplier work) {
            try {
                return work.getAsInt();
            } catch (RuntimeException e) {
                failed = true;
                LOG.log(Level.WARNING, "Escalation pass: " + step + " failed; the next pass tries again", e);
                return 0;
            }
        }
    }

    /**
     * One open request as a page planner reads it, whatever its kind: the deadline fields and how the request looks
     * once a reminder or escalation is recorded on it.
     */
    private record Due<R>(String id, ItemRef item, String person, Instant openedAt, Instant dueAt, boolean open,
                          boolean reminded, int level, long version, BiFunction<Boolean, Integer, R> notified) {

        static Due<OwnershipRequest> of(OwnershipRequest r) {
            return new Due<>(r.id(), r.item(), r.owner(), r.openedAt(), r.dueAt(), r.awaitsAnswer(), r.reminded(),
                    r.escalationLevel(), r.version(), r::notified);
        }

        static Due<ReplyRequest> of(ReplyRequest r) {
            return new Due<>(r.id(), r.item(), r.recipient(), r.openedAt(), r.dueAt(), r.isOpen(), r.reminded(),
                    r.escalationLevel(), r.version(), r::notified);
        }
    }

    /** Where a page planner reads and stores one kind of request, and how it closes one whose item is gone. */
    private record DueKind<R>(DeadlineKind kind, Function<R, Due<R>> due, BiFunction<R, Instant, R> itemGone,
                              Function<List<GuardedWrite<R>>, Set<String>> saveAll) {
    }

    /**
     * Plans one page of rows whose next check has come, here (the planner and its caches belong to this thread), and
     * hands the decisions, each with its outbox rows and the row's next moment, to a writer, which stores them in one
     * transaction; a request someone acted on since the scan read it is skipped alone, and their write already
     * marked it for the next pass. Each row is planned on its own: one that throws is recorded as a problem on itself
     * (retried with back-off) and the rest of the page goes on. Returns 0: the page's notifications are counted
     * when the writer has stored them.
     */
    private <R> int plannedPage(DeadlinePlanner planner, List<Scheduled<R>> page, DueKind<R> kind, PageWriters writers,
                                Instant now) {
        List<GuardedWrite<R>> writes = new ArrayList<>(page.size());
        for (Scheduled<R> row : page) {
            Due<R> r = kind.due().apply(row.request());
            try {
                writes.add(decide(planner, kind, row.request(), r, now));
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.is(e)) {
                    // Not this row's problem: the pass stops here and the next one plans the row again.
                    throw e;
                }
                Followup failed = RowProblems.failed(kind.kind() + " request " + r.id(), row.followup(), e, now);
                writes.add(new GuardedWrite<>(r.notified().apply(r.reminded(), r.level()), r.version(), List.of(), failed));
            }
        }
        if (!writes.isEmpty()) {
            writers.submit(() -> {
                try {
                    return written(writes, kind.saveAll().apply(writes), stored -> kind.due().apply(stored).id());
                } catch (RuntimeException e) {
                    // The page's rows keep their moments, so the next pass reads them again; the others go on.
                    LOG.log(Level.WARNING, "Escalation pass could not store a page of " + writes.size() + " "
                            + kind.kind() + " requests; they are retried by the next pass", e);
                    return 0;
                }
            });
        }
        return 0;
    }

    /** What one row's check decides: its notifications due now, the reminder and level they record, its next moment. */
    private <R> GuardedWrite<R> decide(DeadlinePlanner planner, DueKind<R> kind, R request, Due<R> r, Instant now) {
        if (!r.open()) {
            return new GuardedWrite<>(r.notified().apply(r.reminded(), r.level()), r.version(), List.of(),
                    Followup.settled());
        }
        Optional<HostItem> found = items.find(r.item().kind(), r.item().itemKey());
        if (found.isEmpty()) {
            // The issue or page is gone (deleted while the host's event was missed): nobody can answer any more.
            return new GuardedWrite<>(kind.itemGone().apply(request, now), r.version(), List.of(), Followup.settled());
        }
        HostItem item = found.get();
        List<Notification> notes = planner.plan(item, r.id(), kind.kind(), r.person(), r.openedAt(), r.dueAt(),
                r.reminded(), r.level());
        boolean reminded = r.reminded() || DeadlinePlanner.reminds(notes);
        int level = Math.max(r.level(), DeadlinePlanner.level(notes));
        Optional<Instant> next = planner.nextMoment(item, r.id(), kind.kind(), r.person(), r.openedAt(), r.dueAt(),
                reminded, level, now);
        return new GuardedWrite<>(r.notified().apply(reminded, level), r.version(), notes,
                Followup.at(next.orElse(null)));
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

    /** Walks a keyset-paged scan of rows due now to its end, so a backlog is processed in bounded pages. */
    private static <T> int scan(Function<DueCursor, List<Scheduled<T>>> page, Function<T, String> id,
                                Function<List<Scheduled<T>>, Integer> handle) {
        int total = 0;
        DueCursor cursor = DueCursor.start();
        while (true) {
            List<Scheduled<T>> rows = page.apply(cursor);
            if (!rows.isEmpty()) {
                total += handle.apply(rows);
            }
            if (rows.size() < PAGE) {
                return total;
            }
            Scheduled<T> last = rows.get(rows.size() - 1);
            cursor = new DueCursor(last.followup().nextCheckAt(), id.apply(last.request()));
        }
    }

    private void mail(Notification notification) {
        // An addressee who left the directory cannot be reached; the row still counts as handled.
        directory.byKey(notification.addressee()).ifPresent(user -> mailer.deliver(withMissedLevels(notification), user));
    }

    /**
     * A pass that did not run for a while (an outage) finds a request past several levels and sends only the highest
     * (each level is still decided once: its outbox key is unique). So that nobody reads a level-3 escalation without
     * knowing levels 1 and 2 were never sent, the mail is told how many lower levels have no outbox row: the outbox
     * keeps delivered rows, so a level without any was never decided.
     */
    private Notification withMissedLevels(Notification notification) {
        if (notification.level() < 2) {
            return notification;
        }
        NotificationKey key = notification.key();
        int missed = 0;
        for (int level = 1; level < key.level(); level++) {
            if (outbox.count(new NotificationKey(key.requestId(), key.kind(), level)) == 0) {
                missed++;
            }
        }
        return missed == 0 ? notification : notification.withMissedLevels(missed);
    }
}
