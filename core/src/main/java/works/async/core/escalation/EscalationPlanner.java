package works.async.core.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WorkingCalendar;

/**
 * Decides which reminders and escalations are due for a set of open deadlines, when each may be
 * delivered (the addressee's working time unless urgent), and when the next pass should run.
 *
 * <p>All moments are counted in the recipient's working time: the reminder after
 * {@code reminderFraction} of the window, escalation level 1 at the due time, level k after
 * k-1 further windows. Nothing escalates before its due time. When a pass was missed, only
 * the highest level now due is sent (not every skipped one), and the reminder is skipped once
 * the deadline is breached.
 */
public final class EscalationPlanner {

    private final CalendarResolver calendars;
    private final Clock clock;

    public EscalationPlanner(CalendarResolver calendars, Clock clock) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Plans one pass over the deadlines at the clock's now. */
    public EscalationPlan plan(Collection<Deadline> deadlines, EscalationRules rules) {
        Instant now = clock.instant();
        List<Notification> notifications = new ArrayList<>();
        Instant earliest = null;
        for (Deadline deadline : deadlines) {
            Schedule schedule = new Schedule(deadline, rules, calendars.calendarFor(deadline.recipient()));
            schedule.dueKey(now).ifPresent(key -> notifications.addAll(deliver(deadline, key, now)));
            Optional<Instant> next = schedule.nextMomentAfter(now);
            if (next.isPresent() && (earliest == null || next.get().isBefore(earliest))) {
                earliest = next.get();
            }
        }
        return new EscalationPlan(notifications, nextCheckAt(now, earliest, rules));
    }

    /**
     * The next moment something will be due for this deadline after {@code after}, if any; hosts
     * can store it to fetch only deadlines that need attention.
     */
    public Optional<Instant> nextMomentAfter(Deadline deadline, EscalationRules rules, Instant after) {
        return new Schedule(deadline, rules, calendars.calendarFor(deadline.recipient())).nextMomentAfter(after);
    }

    /** The instant at which the given level (0 = reminder) falls due for this deadline. */
    public Instant momentOf(Deadline deadline, EscalationRules rules, int level) {
        return new Schedule(deadline, rules, calendars.calendarFor(deadline.recipient())).momentOf(level);
    }

    /** Halves the remaining time to the earliest moment, within the rules' bounds, never past it. */
    static Instant nextCheckAt(Instant now, Instant earliest, EscalationRules rules) {
        if (earliest == null) {
            return now.plus(rules.maxCheckInterval());
        }
        Duration half = Duration.between(now, earliest).dividedBy(2);
        Duration step = half.compareTo(rules.minCheckInterval()) < 0 ? rules.minCheckInterval()
                : half.compareTo(rules.maxCheckInterval()) > 0 ? rules.maxCheckInterval() : half;
        Instant candidate = now.plus(step);
        return candidate.isBefore(earliest) ? candidate : earliest;
    }

    private List<Notification> deliver(Deadline deadline, NotificationKey key, Instant now) {
        Set<String> addressees = new LinkedHashSet<>();
        addressees.add(deadline.recipient()); // the recipient always learns about their own reminder / escalation
        if (!key.isReminder()) {
            addressees.addAll(deadline.escalationTargets());
        }
        List<Notification> out = new ArrayList<>();
        for (String addressee : addressees) {
            WorkingCalendar calendar = calendars.calendarFor(addressee);
            boolean working = calendar.isWorkingTime(now);
            Instant deliverAt = working || deadline.urgent() ? now : calendar.nextWorkingInstant(now);
            out.add(new Notification(key, addressee, deadline.recipient(), deadline.dueAt(), deliverAt,
                    deadline.urgent() && !working));
        }
        return out;
    }

    /** The reminder and escalation moments of one deadline in its recipient's calendar. */
    private static final class Schedule {
        private final Deadline deadline;
        private final EscalationRules rules;
        private final WorkingCalendar calendar;
        private final Duration window;

        Schedule(Deadline deadline, EscalationRules rules, WorkingCalendar calendar) {
            this.deadline = deadline;
            this.rules = rules;
            this.calendar = calendar;
            this.window = calendar.workingTimeBetween(deadline.openedAt(), deadline.dueAt());
        }

        /** Level 0 = reminder, 1 = due time, k = due time + (k-1) windows of working time. */
        Instant momentOf(int level) {
            if (level == 0) {
                long millis = (long) Math.floor(window.toMillis() * rules.reminderFraction());
                return calendar.addWorkingTime(deadline.openedAt(), Duration.ofMillis(millis));
            }
            if (level == 1) {
                return deadline.dueAt();
            }
            return calendar.addWorkingTime(deadline.dueAt(), window.multipliedBy(level - 1L));
        }

        /** Levels above 1 exist only when there is a window to repeat (a due time inside off-hours may leave none). */
        private int maxLevel() {
            return window.isZero() ? 1 : rules.maxLevel();
        }

        private boolean reminderPending() {
            return rules.remindersEnabled() && !window.isZero() && !deadline.reminded() && deadline.escalationLevel() == 0;
        }

        /** The single notification due now, if any: the highest escalation level reached, else the reminder. */
        Optional<NotificationKey> dueKey(Instant now) {
            if (now.isBefore(deadline.dueAt())) {
                return reminderPending() && !now.isBefore(momentOf(0))
                        ? Optional.of(NotificationKey.reminder(deadline.requestId(), deadline.kind()))
                        : Optional.empty();
            }
            int reached = 1;
            while (reached < maxLevel() && !now.isBefore(momentOf(reached + 1))) {
                reached++;
            }
            return reached > deadline.escalationLevel()
                    ? Optional.of(new NotificationKey(deadline.requestId(), deadline.kind(), reached))
                    : Optional.empty();
        }

        Optional<Instant> nextMomentAfter(Instant now) {
            if (reminderPending()) {
                Instant remindAt = momentOf(0);
                if (remindAt.isAfter(now)) {
                    return Optional.of(remindAt);
                }
            }
            for (int level = Math.max(1, deadline.escalationLevel() + 1); level <= maxLevel(); level++) {
                Instant at = momentOf(level);
                if (at.isAfter(now)) {
                    return Optional.of(at);
                }
            }
            return Optional.empty();
        }
    }
}
