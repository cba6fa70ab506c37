package works.async.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;

/** The figures alone, without any host: weeks in UTC from Monday, answers counted in working time. */
class TeamFiguresTest {

    /** Wednesday 11 March 2026, 12:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");
    private static final CalendarResolver NINE_TO_FIVE = user ->
            WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), "UTC", Set.of(), List.of());

    @Test
    void theFiguresStartOnMondayOfTheFirstWeekInUtc() {
        assertThat(TeamFigures.since(NOW, 1)).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
        assertThat(TeamFigures.since(NOW, 2)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void repliesAreKeptWhenAnsweredByTheirDueTimeAndOpenOnesPastItAreOverdue() {
        ReplyRequest onTime = reply("r1", "2026-03-09T10:00:00Z", "2026-03-09T12:00:00Z", "2026-03-09T11:00:00Z");
        ReplyRequest late = reply("r2", "2026-03-09T10:00:00Z", "2026-03-09T11:00:00Z", "2026-03-09T13:00:00Z");
        ReplyRequest open = reply("r3", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", null);

        TeamInsights t = TeamFigures.of("DEMO", 2, NOW, NINE_TO_FIVE, List.of(), List.of(onTime, late, open), List.of());

        assertThat(t.replies()).isEqualTo(new TeamInsights.Kept(2, 1));
        assertThat(t.medianMinutesToReply()).isEqualTo(120L); // 60 and 180 working minutes
        assertThat(t.medianMinutesToConfirm()).isNull();
        assertThat(t.overdueNow()).isEqualTo(1);
        assertThat(t.personHoursReplaced()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.trend()).containsExactly(
                new TeamInsights.Week(LocalDate.parse("2026-03-02"), 0, 0, BigDecimal.ZERO),
                new TeamInsights.Week(LocalDate.parse("2026-03-09"), 3, 2, BigDecimal.ZERO));
    }

    private static ReplyRequest reply(String id, String opened, String due, String answered) {
        Instant openedAt = Instant.parse(opened);
        Instant dueAt = Instant.parse(due);
        Instant closedAt = answered == null ? null : Instant.parse(answered);
        return new ReplyRequest(id, id, ItemRef.issue("DEMO", "DEMO-1"), null, "carol", "bob", "Q?",
                ReplyOrigin.explicit(), Duration.between(openedAt, dueAt), openedAt, dueAt, null,
                answered == null ? ReplyState.OPEN : ReplyState.ANSWERED, closedAt, answered == null ? null : "bob",
                null, null, false, 0, 1);
    }
}
