package works.async.core.insight;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.report.MeetingReport;
import works.async.core.schedule.CalendarResolver;

/**
 * The arithmetic of a team's insights, from the agreements of one project or space: agreements kept within their
 * window, median working time to answer (counted in each person's calendar), what is overdue, and meeting hours
 * replaced, per week. Weeks run Monday to Sunday in UTC, so everyone looking sees the same figures whatever their
 * zone. Who may see them and where the agreements come from is the caller's business.
 */
public final class TeamFigures {

    private TeamFigures() {
    }

    /**
     * The first moment the figures of {@code weeks} weeks up to {@code now} cover (Monday 00:00 UTC of the first week):
     * agreements opened, and reports published, before it are not counted.
     */
    public static Instant since(Instant now, int weeks) {
        return firstMonday(now, weeks).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The fewest people a figure is shown for: below it, the team's figure would tell one person's own. */
    public static final int MINIMUM_PEOPLE = 5;

    /**
     * The figures of {@code weeks} weeks up to {@code now}; each group of figures with fewer than
     * {@code minimumPeople} distinct people behind it is withheld ({@link TeamInsights#withheld}).
     *
     * @param cal       calendars under the policy in force on the project or space
     * @param minimumPeople the fewest people a figure is shown for ({@link #MINIMUM_PEOPLE} in the product)
     * @param ownership ownership requests opened since {@link #since}
     * @param replies   reply requests opened since {@link #since}
     * @param reports   reports published since {@link #since}
     */
    public static TeamInsights of(String containerKey, int weeks, Instant now, CalendarResolver cal, int minimumPeople,
                                  List<OwnershipRequest> ownership, List<ReplyRequest> replies,
                                  List<MeetingReport> reports) {
        if (minimumPeople < 1) {
            throw new IllegalArgumentException("minimumPeople >= 1");
        }
        Tally tally = new Tally(firstMonday(now, weeks), weeks, now);
        // Who is behind each group of figures; counted only, never returned.
        Set<String> confirmers = new HashSet<>();
        Set<String> repliers = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (OwnershipRequest r : ownership) {
            boolean answered = r.state() == OwnershipState.CONFIRMED || r.state() == OwnershipState.DECLINED;
            if (answered && r.actedAt() != null) {
                tally.confirmations.add(cal.calendarFor(r.owner()).workingTimeBetween(r.openedAt(), r.actedAt()).toMinutes(),
                        !r.actedAt().isAfter(r.dueAt()));
                confirmers.add(r.owner());
            }
            if (r.state().isActive() || answered) {
                tally.due(r.dueAt(), answered ? r.actedAt() : null);
                asked.add(r.owner());
            }
        }
        for (ReplyRequest r : replies) {
            boolean answered = r.state() == ReplyState.ANSWERED;
            if (answered) {
                tally.replies.add(cal.calendarFor(r.recipient()).workingTimeBetween(r.openedAt(), r.closedAt()).toMinutes(),
                        !r.closedAt().isAfter(r.dueAt()));
                repliers.add(r.recipient());
            }
            if (r.state() != ReplyState.WITHDRAWN) {
                tally.due(r.dueAt(), answered ? r.closedAt() : null);
                asked.add(r.recipient());
            }
        }
        for (MeetingReport report : reports) {
            tally.replaced(report.publishedAt(), report.meeting().personHoursReturned());
        }
        // An empty group shows "no data" rather than a withheld figure: there is nobody's figure to protect.
        Set<TeamInsights.Withheld> withheld = EnumSet.noneOf(TeamInsights.Withheld.class);
        if (!confirmers.isEmpty() && confirmers.size() < minimumPeople) {
            withheld.add(TeamInsights.Withheld.CONFIRMATIONS);
        }
        if (!repliers.isEmpty() && repliers.size() < minimumPeople) {
            withheld.add(TeamInsights.Withheld.REPLIES);
        }
        if (!asked.isEmpty() && asked.size() < minimumPeople) {
            withheld.add(TeamInsights.Withheld.DEADLINES);
        }
        boolean confirmations = !withheld.contains(TeamInsights.Withheld.CONFIRMATIONS);
        boolean replied = !withheld.contains(TeamInsights.Withheld.REPLIES);
        boolean deadlines = !withheld.contains(TeamInsights.Withheld.DEADLINES);
        return new TeamInsights(containerKey, weeks, confirmations ? tally.confirmations.kept() : null,
                replied ? tally.replies.kept() : null, confirmations ? tally.confirmations.median() : null,
                replied ? tally.replies.median() : null, deadlines ? tally.overdueNow : null,
                tally.personHours, tally.weeks(deadlines), minimumPeople, withheld);
    }

    private static LocalDate firstMonday(Instant now, int weeks) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
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

        List<TeamInsights.Week> weeks(boolean withDeadlines) {
            List<TeamInsights.Week> list = new ArrayList<>();
            for (int i = 0; i < due.length; i++) {
                list.add(new TeamInsights.Week(firstMonday.plusWeeks(i), withDeadlines ? due[i] : null,
                        withDeadlines ? overdue[i] : null, hours[i]));
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
