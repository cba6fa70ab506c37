package works.async.plugin.rest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.NotificationPolicy;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyValidationException;
import works.async.core.policy.Principal;
import works.async.core.policy.ReplyPolicy;
import works.async.core.policy.ReportPolicy;
import works.async.core.time.DailyInterval;
import works.async.core.time.WeeklyPattern;

/**
 * Reads a policy body into a draft for validation. Values that cannot even be read (a day name, a date, a kind)
 * become problems with their field path, reported together so the form can mark every field at once.
 */
final class PolicyInput {

    /** Far beyond any valid window (the validator's limit is a year), and safe from overflow. */
    private static final long MAX_MINUTES = 1_000_000_000L;

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * What a body says: the draft, each unreadable value left out (null: inherit), and the problems of the values
     * that could not be read. The rules then check the rest, so one answer names every field at once.
     *
     * @param draft    the readable part of the policy
     * @param problems values that could not even be read, in the order of the form
     */
    record Read(Policy draft, List<FieldProblem> problems) {

        Read {
            problems = List.copyOf(problems);
        }
    }

    /** The draft, or a refusal listing every unreadable value. */
    static Policy draft(PolicyJson.Body body) {
        Read read = read(body);
        if (!read.problems().isEmpty()) {
            throw new PolicyValidationException(read.problems());
        }
        return read.draft();
    }

    static Read read(PolicyJson.Body body) {
        if (body == null) {
            throw new DomainException(ErrorCode.REQUIRED, null, "A policy is required.");
        }
        PolicyInput in = new PolicyInput();
        var o = body.ownership() == null ? new PolicyJson.Ownership(null, null, null) : body.ownership();
        var r = body.reply() == null ? new PolicyJson.Reply(null, null, null, null, null) : body.reply();
        var n = body.notifications() == null ? new PolicyJson.Notifications(null, null, null) : body.notifications();
        var rep = body.reports() == null ? new PolicyJson.Reports(null, null) : body.reports();
        var a = body.agreement() == null ? new PolicyJson.Agreement(null, null) : body.agreement();
        var c = body.calendar() == null ? new PolicyJson.Calendar(null, null) : body.calendar();
        Policy policy = new Policy(
                new OwnershipPolicy(o.confirmationRequired(), in.window(o.confirmationWindow(), "ownership.confirmationWindow"),
                        in.coordinators(o.coordinators())),
                new ReplyPolicy(in.window(r.defaultWindow(), "reply.defaultWindow"), in.windows(r.windowsByPriority()),
                        r.autoRequestOnMentionQuestion(), r.reminderFraction(), in.target(r.escalationTarget())),
                new NotificationPolicy(n.onlyInWorkingHours(), n.dailyDigest(), in.time(n.digestAt())),
                new ReportPolicy(in.window(rep.feedbackWindow(), "reports.feedbackWindow"),
                        in.reviewers(rep.defaultReviewers())),
                new AgreementPolicy(a.channels(), a.urgentPath()),
                new CalendarPolicy(in.pattern(c.defaultPattern()), in.dates(c.holidays())),
                0);
        return new Read(policy, in.problems);
    }

    private Duration window(Long minutes, String field) {
        if (minutes == null) {
            return null;
        }
        if (minutes > MAX_MINUTES || minutes < -MAX_MINUTES) { // not Math.abs: it stays negative for Long.MIN_VALUE
            problems.add(new FieldProblem(field, "out_of_range", "The window is out of range."));
            return null;
        }
        return Duration.ofMinutes(minutes);
    }

    private Map<String, Duration> windows(Map<String, Long> given) {
        if (given == null || tooMany("reply.windowsByPriority", given.size(), Bounds.MAX_PRIORITIES)) {
            return null;
        }
        Map<String, Duration> windows = new LinkedHashMap<>();
        given.forEach((priority, minutes) ->
                windows.put(priority, window(minutes, "reply.windowsByPriority." + priority)));
        return windows;
    }

    private Set<Principal> coordinators(List<PolicyJson.Who> given) {
        if (given == null || tooMany("ownership.coordinators", given.size(), Bounds.MAX_PEOPLE)) {
            return null;
        }
        Set<Principal> principals = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "ownership.coordinators[" + i + "]";
            PolicyJson.Who who = given.get(i);
            try {
                if (who != null && who.name() == null) {
                    throw new DomainException(ErrorCode.REQUIRED, path + ".name", "A coordinator needs a name.");
                }
                principals.add(new Principal(Principal.Kind.valueOf(who.kind()), who.name()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new FieldProblem(path + ".kind", "invalid_kind", "USER or GROUP."));
            } catch (DomainException e) {
                problems.add(new FieldProblem(path + ".name", e.code(), e.getMessage()));
            }
        }
        return principals;
    }

    private Set<String> reviewers(List<String> given) {
        if (given == null || tooMany("reports.defaultReviewers", given.size(), Bounds.MAX_PEOPLE)) {
            return null;
        }
        Set<String> reviewers = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(new FieldProblem("reports.defaultReviewers[" + i + "]", "required", "A reviewer is missing."));
            } else {
                reviewers.add(given.get(i));
            }
        }
        return reviewers;
    }

    /**
     * Over-long lists are refused as a whole before their entries are read, so that the answer names the list once
     * rather than thousands of entries (the validator holds the same bound for drafts built elsewhere).
     */
    private boolean tooMany(String field, int size, int max) {
        if (size <= max) {
            return false;
        }
        problems.add(new FieldProblem(field, "too_many", "At most " + max + " entries."));
        return true;
    }

    private EscalationTarget target(PolicyJson.Target given) {
        if (given == null) {
            return null;
        }
        try {
            return new EscalationTarget(EscalationTarget.Kind.valueOf(given.kind()), given.group());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem("reply.escalationTarget.kind", "invalid_kind",
                    "REPORTER, CONTAINER_LEAD or GROUP."));
            return null;
        }
    }

    private LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("notifications.digestAt", "invalid_time", "A time such as 09:00."));
            return null;
        }
    }

    private WeeklyPattern pattern(Map<String, List<List<String>>> given) {
        if (given == null) {
            return null;
        }
        String base = "calendar.defaultPattern";
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        int before = problems.size();
        given.forEach((name, intervals) -> {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(base + "." + name, "invalid_day", "Not a day of the week."));
                return;
            }
            List<DailyInterval> list = new ArrayList<>();
            List<List<String>> entries = intervals == null ? List.of() : intervals;
            if (tooMany(base + "." + day.name(), entries.size(), Bounds.MAX_INTERVALS_PER_DAY)) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                String path = base + "." + day.name() + "[" + i + "]";
                List<String> pair = entries.get(i);
                try {
                    if (pair == null || pair.size() != 2) {
                        throw new DomainException(ErrorCode.INVALID_INTERVAL, path, "An interval is a pair [start, end].");
                    }
                    list.add(DailyInterval.of(pair.get(0), pair.get(1)));
                } catch (DomainException e) {
                    problems.add(new FieldProblem(path, e.code(), e.getMessage()));
                }
            }
            week.put(day, list);
        });
        if (problems.size() > before) {
            return null;
        }
        try {
            return WeeklyPattern.of(week);
        } catch (DomainException e) {
            problems.add(new FieldProblem(e.field() == null ? base : base + "." + e.field(), e.code(), e.getMessage()));
            return null;
        }
    }

    private Set<LocalDate> dates(List<String> given) {
        if (given == null || tooMany("calendar.holidays", given.size(), Bounds.MAX_HOLIDAYS)) {
            return null;
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            try {
                LocalDate date = Parse.date(given.get(i), "calendar.holidays[" + i + "]");
                if (date == null) {
                    throw new DomainException(ErrorCode.REQUIRED, "calendar.holidays[" + i + "]", "A date is required.");
                }
                dates.add(date);
            } catch (DomainException e) {
                problems.add(new FieldProblem(e.field(), e.code(), e.getMessage()));
            }
        }
        return dates;
    }
}
