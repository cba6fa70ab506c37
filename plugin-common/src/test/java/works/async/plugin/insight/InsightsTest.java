package works.async.plugin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;
import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.app.AppFixture;
import works.async.plugin.calendar.Calendars;

class InsightsTest {

    private final AppFixture f = new AppFixture();
    private final List<OwnershipRequest> ownership = new ArrayList<>();
    private final List<ReplyRequest> replies = new ArrayList<>();
    private final List<MeetingReport> reports = new ArrayList<>();
    private final InsightSource source = new InsightSource() {
        @Override
        public List<OwnershipRequest> ownership(ItemRef.Kind kind, String key, Instant since, int limit) {
            return ownership;
        }

        @Override
        public List<ReplyRequest> replies(ItemRef.Kind kind, String key, Instant since, int limit) {
            return replies;
        }

        @Override
        public List<MeetingReport> reports(ItemRef.Kind kind, String key, Instant since, int limit) {
            return reports;
        }
    };

    private Insights insights() {
        return insights(1);
    }

    private Insights insights(int minimumPeople) {
        return new Insights(source, new Calendars(new works.async.plugin.ao.AoScheduleStore(f.ao), f.host,
                new works.async.core.policy.PolicyService(new works.async.plugin.ao.AoPolicyStore(f.ao), f.clock),
                f.clock.getZone()), new Access(f.host, new Caller(f.host)), f.clock, minimumPeople);
    }

    @Test
    void teamFiguresCountRepliesKeptWithinTheirWindowAndTheMedianWorkingTime() {
        ReplyRequest quick = f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q1?", null).get(0);
        ReplyRequest late = f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("alice"), "Q2?", 60).get(0);
        f.clock.advance(Duration.ofHours(2));
        replies.add(f.as("bob").replies().answer(quick.id()));
        replies.add(f.as("alice").replies().answer(late.id()));

        f.host.signIn("alice");
        TeamInsights t = insights().project("DEMO", 4);

        assertThat(t.replies()).isEqualTo(new TeamInsights.Kept(2, 1));
        assertThat(t.replies().share()).isEqualTo(0.5);
        assertThat(t.medianMinutesToReply()).isEqualTo(120);
        assertThat(t.confirmations().share()).isNull();
        assertThat(t.personHoursReplaced()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.trend()).hasSize(4).last().satisfies(w -> {
            assertThat(w.dueInWeek()).isEqualTo(1);
            assertThat(w.overdue()).isEqualTo(1);
        });
    }

    @Test
    void withTwoPeopleAnsweringTheFiguresAreWithheldAndTheAnswerSaysWhy() {
        for (String who : List.of("bob", "alice")) {
            ReplyRequest asked = f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of(who), "Q?", null).get(0);
            replies.add(f.as(who).replies().answer(asked.id()));
        }
        f.host.signIn("alice");

        works.async.plugin.rest.InsightResource.Body body =
                works.async.plugin.rest.InsightResource.body(insights(5).project("DEMO", 4));

        assertThat(body.replies()).isNull();
        assertThat(body.medianMinutesToReply()).isNull();
        assertThat(body.overdueNow()).isNull();
        assertThat(body.trend()).allSatisfy(w -> assertThat(w.dueInWeek()).isNull());
        assertThat(body.minimumPeople()).isEqualTo(5);
        assertThat(body.withheld()).extracting(w -> w.figures()).containsExactlyInAnyOrder("replies", "deadlines");
        assertThat(body.withheld()).allSatisfy(w -> assertThat(w.message()).startsWith("Fewer than 5 people"));
        assertThat(body.toString()).doesNotContain("bob", "alice", "carol");
    }

    @Test
    void theFiguresNameNobody() {
        ReplyRequest asked = f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q?", null).get(0);
        replies.add(f.as("bob").replies().answer(asked.id()));

        String text = insights().project("DEMO", 2).toString();

        assertThat(text).doesNotContain("bob", "carol", "alice");
    }

    @Test
    void weeksOutsideOneToFiftyTwoAreRefused() {
        f.host.signIn("alice");
        assertThatThrownBy(() -> insights().project("DEMO", 0)).extracting("field").isEqualTo("weeks");
    }
}
