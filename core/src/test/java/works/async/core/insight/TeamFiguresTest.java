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

        TeamInsights t = TeamFigures.of("DEMO", 2, NOW, NINE_TO_FIVE, 1, List.of(), List.of(onTime, late, open), List.of());

        assertThat(t.replies()).isEqualTo(new TeamInsights.Kept(2, 1));
        assertThat(t.medianMinutesToReply()).isEqualTo(120L); // 60 and 180 working minutes
        assertThat(t.medianMinutesToConfirm()).isNull();
        assertThat(t.overdueNow()).isEqualTo(1);
        assertThat(t.personHoursReplaced()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.trend()).containsExactly(
                new TeamInsights.Week(LocalDate.parse("2026-03-02"), 0, 0, BigDecimal.ZERO),
                new TeamInsights.Week(LocalDate.parse("2026-03-09"), 3, 2, BigDecimal.ZERO));
    }

    @Test
    void repliesOfFewerThanFivePeopleAreWithheldAndSayWhyAndFiveShowTheirFigures() {
        List<ReplyRequest> four = new java.util.ArrayList<>();
        for (String who : List.of("ann", "ben", "cat", "dan")) {
            four.add(reply("r-" + who, who, "2026-03-09T10:00:00Z", "2026-03-09T12:00:00Z", "2026-03-09T11:00:00Z"));
        }

        TeamInsights withheld = TeamFigures.of("DEMO", 2, NOW, NINE_TO_FIVE, TeamFigures.MINIMUM_PEOPLE, List.of(), four, List.of());

        // Four answers by four people: each figure would be close to one person's own, so none is shown.
        assertThat(withheld.withheld()).containsExactlyInAnyOrder(TeamInsights.Withheld.REPLIES, TeamInsights.Withheld.DEADLINES);
        assertThat(withheld.replies()).isNull();
        assertThat(withheld.medianMinutesToReply()).isNull();
        assertThat(withheld.overdueNow()).isNull();
        assertThat(withheld.trend()).allSatisfy(w -> assertThat(w.dueInWeek()).isNull());
        assertThat(TeamInsights.Withheld.REPLIES.reason(5)).startsWith("Fewer than 5 people answered reply requests");
        // Nothing to withhold where nobody answered: that is "no data", not a hidden figure.
        assertThat(withheld.confirmations()).isEqualTo(new TeamInsights.Kept(0, 0));

        // The same person answering many times is still one person.
        List<ReplyRequest> oneMany = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            oneMany.add(reply("r" + i, "ann", "2026-03-09T10:00:00Z", "2026-03-09T12:00:00Z", "2026-03-09T11:00:00Z"));
        }
        assertThat(TeamFigures.of("DEMO", 2, NOW, NINE_TO_FIVE, 5, List.of(), oneMany, List.of()).replies()).isNull();

        four.add(reply("r-eve", "eve", "2026-03-09T10:00:00Z", "2026-03-09T12:00:00Z", "2026-03-09T11:00:00Z"));
        TeamInsights shown = TeamFigures.of("DEMO", 2, NOW, NINE_TO_FIVE, 5, List.of(), four, List.of());
        assertThat(shown.withheld()).isEmpty();
        assertThat(shown.replies()).isEqualTo(new TeamInsights.Kept(5, 5));
        assertThat(shown.overdueNow()).isZero();
    }

    private static ReplyRequest reply(String id, String opened, String due, String answered) {
        return reply(id, "bob", opened, due, answered);
    }

    private static ReplyRequest reply(String id, String recipient, String opened, String due, String answered) {
        Instant openedAt = Instant.parse(opened);
        Instant dueAt = Instant.parse(due);
        Instant closedAt = answered == null ? null : Instant.parse(answered);
        return new ReplyRequest(id, id, ItemRef.issue("DEMO", "DEMO-1"), null, "carol", recipient, "Q?",
                ReplyOrigin.explicit(), Duration.between(openedAt, dueAt), openedAt, dueAt, null,
                answered == null ? ReplyState.OPEN : ReplyState.ANSWERED, closedAt, answered == null ? null : recipient,
                null, null, false, 0, 1);
    }
}
