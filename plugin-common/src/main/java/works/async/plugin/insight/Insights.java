package works.async.plugin.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.PolicyScope;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.report.MeetingReport;
import works.async.core.schedule.CalendarResolver;
import works.async.plugin.access.Access;
import works.async.plugin.calendar.Calendars;

/** Team-level insights of a project or space: aggregates only, computed from the agreements of recent weeks. */
public final class Insights {

    public static final int DEFAULT_WEEKS = 8;
    public static final int MAX_WEEKS = 52;
    /** Rows read per kind; a team with more agreements in the period gets figures over the most recent ones. */
    static final int MAX_ROWS = 20_000;

    private final InsightSource source;
    private final Calendars calendars;
    private final Access access;
    private final Clock clock;

    public Insights(InsightSource source, Calendars calendars, Access access, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TeamInsights project(String projectKey, Integer weeks) {
        return of(PolicyScope.jiraProject(key(projectKey)), ItemRef.Kind.JIRA_ISSUE, weeks);
    }

    public TeamInsights space(String spaceKey, Integer weeks) {
        return of(PolicyScope.confluenceSpace(key(spaceKey)), ItemRef.Kind.CONFLUENCE_PAGE, weeks);
    }

    private TeamInsights of(PolicyScope scope, ItemRef.Kind kind, Integer weeksOrNull) {
        int weeks = weeksOrNull == null ? DEFAULT_WEEKS : weeksOrNull;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new DomainException("out_of_range", "weeks", "Between 1 and " + MAX_WEEKS + " weeks.");
        }
        access.requireContainerViewer(scope.containerKind(), scope.containerKey());
        Instant now = clock.instant();
        LocalDate firstMonday = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Instant since = firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
        CalendarResolver cal = calendars.underPolicyOf(scope);
        Tally tally = new Tally(firstMonday, weeks, now);
        for (OwnershipRequest r : source.ownership(kind, scope.containerKey(), since, MAX_ROWS)) {
            boolean answered = r.state() == OwnershipState.CONFIRMED || r.state() == OwnershipState.DECLINED;
            if (answered && r.actedAt() != null) {
                tally.confirmations.add(cal.calendarFor(r.owner()).workingTimeBetween(r.openedAt(), r.actedAt()).toMinutes(),
                        !r.actedAt().isAfter(r.dueAt()));
            }
            if (r.state().isActive() || answered) {
                tally.due(r.dueAt(), answered ? r.actedAt() : null);
            }
        }
        for (ReplyRequest r : source.replies(kind, scope.containerKey(), since, MAX_ROWS)) {
            boolean answered = r.state() == ReplyState.ANSWERED;
            if (answered) {
                tally.replies.add(cal.calendarFor(r.recipient()).workingTimeBetween(r.openedAt(), r.closedAt()).toMinutes(),
                        !r.closedAt().isAfter(r.dueAt()));
            }
            if (r.state() != ReplyState.WITHDRAWN) {
                tally.due(r.dueAt(), answered ? r.closedAt() : null);
            }
        }
        for (MeetingReport report : source.reports(kind, scope.containerKey(), since, MAX_ROWS)) {
            tally.replaced(report.publishedAt(), report.meeting().personHoursReturned());
        }
        return new TeamInsights(scope.containerKey(), weeks, tally.confirmations.kept(), tally.replies.kept(),
                tally.confirmations.median(), tally.replies.median(), tally.overdueNow,
                tally.personHours, tally.weeks());
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            throw Access.notFound();
        }
        return key;
    }

    /** Running totals of one computation. */
    private static final class Tally {
        final Series confirmations = new Series();
        final Series replies = new Series();
        final LocalDate firstMonday;
        final Instant now;
        final int[] due;
        final int[] overdue;
        final BigDecimal[] hours;
        BigDecimal personHours = BigDecimal.ZERO;
        int overdueNow;

        Tally(LocalDate firstMonday, int weeks, Instant now) {
            this.firstMonday = firstMonday;
            this.now = now;
            this.due = new int[weeks];
            this.overdue = new int[weeks];
            this.hours = new BigDecimal[weeks];
            java.util.Arrays.fill(hours, BigDecimal.ZERO);
        }

        void due(Instant dueAt, Instant answeredAt) {
            boolean late = answeredAt == null ? now.isAfter(dueAt) : answeredAt.isAfter(dueAt);
            if (answeredAt == null && now.isAfter(dueAt)) {
                overdueNow++;
            }
            int week = week(dueAt);
            if (week >= 0 && !dueAt.isAfter(now)) {
                due[week]++;
                overdue[week] += late ? 1 : 0;
            }
        }

        void replaced(Instant publishedAt, BigDecimal personHoursReturned) {
            personHours = personHours.add(personHoursReturned);
            int week = week(publishedAt);
            if (week >= 0) {
                hours[week] = hours[week].add(personHoursReturned);
            }
        }

        int week(Instant at) {
            long index = ChronoUnit.WEEKS.between(firstMonday, LocalDate.ofInstant(at, ZoneOffset.UTC));
            return at.isBefore(firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant()) || index >= due.length ? -1 : (int) index;
        }

        List<TeamInsights.Week> weeks() {
            List<TeamInsights.Week> list = new ArrayList<>();
            for (int i = 0; i < due.length; i++) {
                list.add(new TeamInsights.Week(firstMonday.plusWeeks(i), due[i], overdue[i], hours[i]));
            }
            return list;
        }
    }

    /** Answer times of one kind of agreement. */
    private static final class Series {
        final List<Long> minutes = new ArrayList<>();
        int within;

        void add(long workingMinutes, boolean inTime) {
            minutes.add(workingMinutes);
            within += inTime ? 1 : 0;
        }

        TeamInsights.Kept kept() {
            return new TeamInsights.Kept(minutes.size(), within);
        }

        Long median() {
            if (minutes.isEmpty()) {
                return null;
            }
            List<Long> sorted = minutes.stream().sorted().toList();
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
        }
    }
}
