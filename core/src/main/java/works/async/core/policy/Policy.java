package works.async.core.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.time.WeeklyPattern;

/**
 * The policy set at one scope: every field may be left unset (null) to inherit from the less specific
 * scope, except at the global scope, which defines them all.
 *
 * @param version optimistic-concurrency version of the stored policy; 0 when it was never stored
 */
public record Policy(OwnershipPolicy ownership, ReplyPolicy reply, NotificationPolicy notifications,
                     ReportPolicy reports, AgreementPolicy agreement, CalendarPolicy calendar, long version) {

    private static final Policy INHERIT_ALL = new Policy(OwnershipPolicy.inherit(), ReplyPolicy.inherit(),
            NotificationPolicy.inherit(), ReportPolicy.inherit(), AgreementPolicy.inherit(), CalendarPolicy.inherit(), 0);

    public Policy {
        ownership = Objects.requireNonNullElse(ownership, OwnershipPolicy.inherit());
        reply = Objects.requireNonNullElse(reply, ReplyPolicy.inherit());
        notifications = Objects.requireNonNullElse(notifications, NotificationPolicy.inherit());
        reports = Objects.requireNonNullElse(reports, ReportPolicy.inherit());
        agreement = Objects.requireNonNullElse(agreement, AgreementPolicy.inherit());
        calendar = Objects.requireNonNullElse(calendar, CalendarPolicy.inherit());
        if (version < 0) {
            throw new DomainException(ErrorCode.INVALID_VERSION, "version", "A policy version is never negative.");
        }
    }

    /** A policy that sets nothing, so everything is inherited. */
    public static Policy inheritAll() {
        return INHERIT_ALL;
    }

    /**
     * What the product ships as the global policy: Mon–Fri 09:00–17:00, 8 working hours to confirm
     * ownership, 16 working hours to reply, a reminder at 75% of a window, escalation to the reporter.
     */
    public static Policy defaults() {
        return new Policy(
                new OwnershipPolicy(true, Duration.ofHours(8), Set.of()),
                new ReplyPolicy(Duration.ofHours(16), Map.of(), false, 0.75, EscalationTarget.reporter()),
                new NotificationPolicy(true, false, LocalTime.of(9, 0)),
                new ReportPolicy(Duration.ofHours(16), Set.of()),
                new AgreementPolicy("", ""),
                new CalendarPolicy(WeeklyPattern.mondayToFriday("09:00", "17:00"), Set.<LocalDate>of()),
                0);
    }

    public Policy withOwnership(OwnershipPolicy value) {
        return new Policy(value, reply, notifications, reports, agreement, calendar, version);
    }

    public Policy withReply(ReplyPolicy value) {
        return new Policy(ownership, value, notifications, reports, agreement, calendar, version);
    }

    public Policy withNotifications(NotificationPolicy value) {
        return new Policy(ownership, reply, value, reports, agreement, calendar, version);
    }

    public Policy withReports(ReportPolicy value) {
        return new Policy(ownership, reply, notifications, value, agreement, calendar, version);
    }

    public Policy withAgreement(AgreementPolicy value) {
        return new Policy(ownership, reply, notifications, reports, value, calendar, version);
    }

    public Policy withCalendar(CalendarPolicy value) {
        return new Policy(ownership, reply, notifications, reports, agreement, value, version);
    }

    public Policy withVersion(long value) {
        return new Policy(ownership, reply, notifications, reports, agreement, calendar, value);
    }
}
