package works.async.plugin.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import works.async.core.escalation.Deadline;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.EscalationPlanner;
import works.async.core.escalation.EscalationRules;
import works.async.core.escalation.Notification;
import works.async.core.policy.EffectivePolicy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WorkingCalendar;
import works.async.plugin.access.Scopes;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.spi.HostItem;

/**
 * Plans the notifications due now for one deadline under the policy of its item, with the policy snapshot and
 * calendars cached per scope for the length of one escalation pass (a change made during the pass applies from
 * the next one).
 */
final class DeadlinePlanner {

    /** Level 1 on breach, then one more after each further window; three is where people stop reading. */
    static final int MAX_LEVEL = 3;
    /**
     * Calendars kept for the length of a pass, most recently used first: resolving one costs a schedule and up to
     * three policy reads, and a backlog asks for the same people's over and over; bounded so memory stays flat.
     */
    static final int REMEMBERED_CALENDARS = 2_000;

    private final PolicyService policies;
    private final Calendars calendars;
    private final EscalationTargets targets;
    private final NotificationTiming timing;
    private final Clock clock;
    private final Map<PolicyScope, Context> contexts = new HashMap<>();
    private final Map<CalendarKey, WorkingCalendar> recentCalendars = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CalendarKey, WorkingCalendar> eldest) {
            return size() > REMEMBERED_CALENDARS;
        }
    };

    DeadlinePlanner(PolicyService policies, Calendars calendars, EscalationTargets targets, Clock clock) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.timing = new NotificationTiming(clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The policy and calendars of one scope. */
    record Context(EffectivePolicy policy, CalendarResolver calendars) {
    }

    Context context(HostItem item) {
        return contexts.computeIfAbsent(Scopes.of(item),
                scope -> new Context(policies.effective(scope), remembered(scope, calendars.underItemPolicy(item))));
    }

    /** A person's calendar under one scope's policy. */
    private record CalendarKey(PolicyScope scope, String userKey) {
    }

    /** The scope's resolver, answering from the pass's most recently used calendars when it can. */
    private CalendarResolver remembered(PolicyScope scope, CalendarResolver resolver) {
        return userKey -> {
            CalendarKey key = new CalendarKey(scope, userKey);
            WorkingCalendar calendar = recentCalendars.get(key);
            if (calendar == null) {
                calendar = resolver.calendarFor(userKey);
                recentCalendars.put(key, calendar);
            }
            return calendar;
        };
    }

    /** Notifications due now for the deadline, timed by the notification policy; empty when nothing is due. */
    List<Notification> plan(HostItem item, String requestId, DeadlineKind kind, String recipient, Instant openedAt,
                            Instant dueAt, boolean reminded, int escalationLevel) {
        Context context = context(item);
        EffectivePolicy policy = context.policy();
        Deadline deadline = new Deadline(requestId, kind, recipient,
                targets.of(item, policy.escalationTarget(), recipient), openedAt, dueAt, reminded, escalationLevel, false);
        EscalationRules rules = rules(policy);
        List<Notification> planned = new EscalationPlanner(context.calendars(), clock)
                .plan(List.of(deadline), rules).notifications();
        return timing.apply(planned, policy, context.calendars());
    }

    /**
     * The next moment after {@code after} at which something falls due for the deadline (its reminder, due time or
     * next escalation level, under the item's policy and in the recipient's calendar), given what was sent; empty
     * once nothing more can happen. The pass stores it on the row, so the row is read again only then.
     */
    Optional<Instant> nextMoment(HostItem item, String requestId, DeadlineKind kind, String recipient, Instant openedAt,
                                 Instant dueAt, boolean reminded, int escalationLevel, Instant after) {
        Context context = context(item);
        // No escalation targets: they only decide who is told, never when.
        Deadline deadline = new Deadline(requestId, kind, recipient, List.of(), openedAt, dueAt, reminded,
                escalationLevel, false);
        return new EscalationPlanner(context.calendars(), clock).nextMomentAfter(deadline, rules(context.policy()), after);
    }

    private static EscalationRules rules(EffectivePolicy policy) {
        return EscalationRules.of(policy.reminderFraction(), MAX_LEVEL);
    }

    /**
     * Runs one deadline's record-and-outbox transaction; a concurrent change (someone answered at that moment) rolls
     * it back and is left to the next pass instead of failing the whole pass.
     */
    static int unlessConflict(java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (works.async.core.DomainException e) {
            if (e.code() != works.async.core.ErrorCode.CONFLICT) {
                throw e;
            }
            return 0;
        }
    }

    static boolean reminds(List<Notification> notes) {
        return notes.stream().anyMatch(Notification::isReminder);
    }

    static int level(List<Notification> notes) {
        return notes.stream().mapToInt(Notification::level).max().orElse(0);
    }
}
