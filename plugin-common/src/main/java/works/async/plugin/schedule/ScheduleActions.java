package works.async.plugin.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyService;
import works.async.core.reply.ReplyService;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.schedule.ScheduleDraft;
import works.async.core.schedule.ScheduleService;
import works.async.core.schedule.ScheduleStore;
import works.async.core.schedule.ScheduleUpdate;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.access.Caller;
import works.async.plugin.access.People;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.reply.ReplyRequestStore;

/** "My schedule": each person reads and changes only their own hours, holidays and time off. */
public final class ScheduleActions {

    private final ScheduleStore store;
    private final ReplyRequestStore replies;
    private final PolicyService policies;
    private final Calendars calendars;
    private final People people;
    private final Caller caller;
    private final Tx tx;
    private final Clock clock;

    public ScheduleActions(ScheduleStore store, ReplyRequestStore replies, PolicyService policies, Calendars calendars,
                           People people, Caller caller, Tx tx, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.people = Objects.requireNonNull(people, "people");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A person's schedule as the settings page shows it.
     *
     * @param zone        from the host profile (changed there, not here)
     * @param schedule    what they set (pattern null = the policy's hours)
     * @param pattern     the hours in force: their own, else the global policy's default
     */
    public record ScheduleView(ZoneId zone, PersonalSchedule schedule, WeeklyPattern pattern) {

        public boolean usesPolicyPattern() {
            return schedule.usesPolicyPattern();
        }
    }

    public ScheduleView mine() {
        String me = caller.require();
        return view(me, new ScheduleService(store, clock).get(me));
    }

    /**
     * Saves the caller's schedule; when their time off changed, the due times of their open reply requests move
     * with it in the same transaction (time off pauses a window), each counted in the calendar of the policy it was
     * opened under.
     *
     * @param expectedVersion the version the form started from, or null to overwrite whatever is stored
     * @param zone            the zone id the form holds, or null; anything but the profile's zone is refused, since
     *                        saving would otherwise answer success and keep the profile's zone anyway
     */
    public ScheduleView update(ScheduleDraft draft, Long expectedVersion, String zone) {
        String me = caller.require();
        if (zone != null && !zone.equals(calendars.userUnderGlobalPolicy(me).zone().getId())) {
            throw new DomainException(ErrorCode.ZONE_FROM_PROFILE, "zone", "The time zone comes from the user's profile.");
        }
        return tx.call(() -> {
            ScheduleService schedules = new ScheduleService(store, clock);
            long version = expectedVersion != null ? expectedVersion : schedules.get(me).version();
            ScheduleUpdate update = schedules.update(me, draft, version);
            if (update.timeOffChanged().isPresent()) {
                new ReplyService(replies, calendars.underGlobalPolicy(), clock).recomputeForTimeOff(me, calendars::underRequestPolicy);
            }
            return view(me, update.schedule());
        });
    }

    private ScheduleView view(String userKey, PersonalSchedule schedule) {
        ZoneId zone = calendars.userUnderGlobalPolicy(userKey).zone();
        WeeklyPattern pattern = schedule.usesPolicyPattern()
                ? policies.effective(PolicyScope.global()).defaultPattern() : schedule.pattern();
        return new ScheduleView(zone, schedule, pattern);
    }

}
