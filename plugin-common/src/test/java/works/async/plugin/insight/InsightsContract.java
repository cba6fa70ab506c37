package works.async.plugin.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.aohost.AoDatabase;
import works.async.core.ItemRef;
import works.async.core.insight.TeamInsights;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.ReplacedMeeting;
import works.async.plugin.ao.AoInsightSource;
import works.async.plugin.app.AppFixture;
import works.async.plugin.report.ReportActions;

/**
 * Team insights as the plugins wire them (SharedPluginBeans' {@link AoInsightSource}): figures
 * computed from what the stores hold for the project, over the weeks asked for, naming nobody.
 */
abstract class InsightsContract {

    private static final ItemRef.Kind ISSUE = ItemRef.Kind.JIRA_ISSUE;

    /** A database for one test; emptied by the fixture. */
    abstract AoDatabase database();

    private AppFixture f;

    @BeforeEach
    void setUp() {
        f = new AppFixture(database(), null);
        f.host.issue("DEMO-2", "alice", "carol");
        f.host.issue("OTHER-1", "alice", "carol");
    }

    @Test
    void projectFiguresReflectTheStoredRequestsAndReportsOfThePeriodAndNameNobody() {
        // Before the period (eight weeks earlier) and in another project: answered in time, so counting either
        // would change the share kept.
        f.clock.set(AppFixture.MONDAY_10.minus(Duration.ofDays(56)));
        ReplyRequest old = f.as("carol").replies().ask(ISSUE, "DEMO-1", List.of("bob"), "Old?", null).get(0);
        f.clock.advance(Duration.ofMinutes(5));
        f.as("bob").replies().answer(old.id());
        f.clock.set(AppFixture.MONDAY_10);
        ReplyRequest other = f.as("carol").replies().ask(ISSUE, "OTHER-1", List.of("bob"), "Other?", null).get(0);

        // Monday 10:00 in the period: two questions on DEMO-1, one on DEMO-2 that nobody answers, an ownership
        // request and a report replacing a 30-minute meeting of 6 people.
        ReplyRequest inTime = f.as("carol").replies().ask(ISSUE, "DEMO-1", List.of("bob"), "Q1?", null).get(0);
        ReplyRequest late = f.as("carol").replies().ask(ISSUE, "DEMO-1", List.of("alice"), "Q2?", 60).get(0);
        f.as("carol").replies().ask(ISSUE, "DEMO-2", List.of("dave"), "Q3?", 60);
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        f.as("carol").reports().publish(new ReportActions.Draft(ISSUE, "DEMO-1", "Weekly sync", "Notes",
                ReplacedMeeting.of("Weekly sync", 30, 6), List.of("bob"), List.of(), null));
        f.clock.advance(Duration.ofHours(1));
        f.as("alice").ownership().confirm(ISSUE, "DEMO-1", LocalDate.of(2026, 3, 6), null);
        f.clock.advance(Duration.ofHours(1));
        f.as("bob").replies().answer(inTime.id());
        f.as("alice").replies().answer(late.id());
        f.as("bob").replies().answer(other.id());

        f.host.signIn("alice");
        // As the product runs: two people answered replies, one confirmed, four were asked; all fewer than five.
        TeamInsights wired = f.app.insights().project("DEMO", 4);
        assertThat(wired.withheld()).containsExactlyInAnyOrder(TeamInsights.Withheld.CONFIRMATIONS,
                TeamInsights.Withheld.REPLIES, TeamInsights.Withheld.DEADLINES);
        assertThat(wired.replies()).isNull();
        assertThat(wired.confirmations()).isNull();
        assertThat(wired.overdueNow()).isNull();
        assertThat(wired.personHoursReplaced()).isEqualByComparingTo(new BigDecimal("3.00"));

        // The arithmetic itself, over the same stored rows, as if a group of one were enough.
        TeamInsights t = f.app.insights(1).project("DEMO", 4);

        assertThat(t.replies()).isEqualTo(new TeamInsights.Kept(2, 1));
        assertThat(t.replies().share()).isEqualTo(0.5);
        assertThat(t.medianMinutesToReply()).isEqualTo(120);
        assertThat(t.confirmations()).isEqualTo(new TeamInsights.Kept(1, 1));
        assertThat(t.confirmations().share()).isEqualTo(1.0);
        assertThat(t.medianMinutesToConfirm()).isEqualTo(60);
        assertThat(t.overdueNow()).isEqualTo(1); // DEMO-2's question, due at 11:00 and still open
        assertThat(t.personHoursReplaced()).isEqualByComparingTo(new BigDecimal("3.00"));
        assertThat(t.trend()).hasSize(4).last().satisfies(w -> {
            assertThat(w.weekStart()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(w.dueInWeek()).isEqualTo(2); // the late answer and the open question; the rest fall due later
            assertThat(w.overdue()).isEqualTo(2);
            assertThat(w.personHoursReplaced()).isEqualByComparingTo(new BigDecimal("3.00"));
        });
        assertThat(t.trend().subList(0, 3)).allSatisfy(w -> {
            assertThat(w.dueInWeek()).isZero();
            assertThat(w.personHoursReplaced()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        // Aggregates only: no user key or name anywhere in what insights return.
        assertThat(t.toString()).doesNotContain("alice", "bob", "carol", "dave", "Alice", "Bob", "Carol", "Dave");

        // Over nine weeks the old question counts too.
        assertThat(f.app.insights(1).project("DEMO", 9).replies()).isEqualTo(new TeamInsights.Kept(3, 2));
    }

    @Test
    void aProjectWithNothingStoredShowsNoData() {
        f.host.signIn("alice");
        TeamInsights t = f.app.insights().project("DEMO", 2);

        assertThat(t.replies().share()).isNull();
        assertThat(t.confirmations().share()).isNull();
        assertThat(t.medianMinutesToReply()).isNull();
        assertThat(t.overdueNow()).isZero();
        assertThat(t.personHoursReplaced()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
