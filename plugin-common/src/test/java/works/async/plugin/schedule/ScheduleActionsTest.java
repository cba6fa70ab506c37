package works.async.plugin.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.reply.ReplyRequest;
import works.async.core.schedule.ScheduleDraft;
import works.async.core.time.WeeklyPattern;
import works.async.plugin.app.AppFixture;

/** Time off moves open due times, counted in the calendar of the policy each request was opened under. */
class ScheduleActionsTest {

    private final AppFixture f = new AppFixture();

    private void earlyHours(PolicyScope scope) {
        f.as("admin").policies().update(scope, Policy.inheritAll()
                .withCalendar(new CalendarPolicy(WeeklyPattern.mondayToFriday("06:00", "10:00"), null)), 0);
    }

    private ReplyRequest carolAsksBobForTwoHours() {
        // AppFixture's clock: Monday 2 March 2026, 10:00 UTC; everyone works in UTC.
        return f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of("bob"), "Q?", 120).get(0);
    }

    private void bobIsAway(String from, String to) {
        f.as("bob").schedules().update(ScheduleDraft.timeOffOnly(List.of(
                new ScheduleDraft.Absence(Instant.parse(from), Instant.parse(to)))), null, null);
    }

    @Test
    void timeOffElsewhereLeavesADueTimeCountedInTheProjectsHours() {
        earlyHours(PolicyScope.jiraProject("DEMO"));
        ReplyRequest asked = carolAsksBobForTwoHours();
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));

        bobIsAway("2026-04-06T00:00:00Z", "2026-04-08T00:00:00Z");

        // Under the global policy's hours the same two hours would end on Monday at noon.
        assertThat(f.as("bob").replies().get(asked.id()).dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    void timeOffInsideTheWindowIsCountedInTheIssueTypesHours() {
        earlyHours(PolicyScope.jiraProject("DEMO").withItemType("Task"));
        ReplyRequest asked = carolAsksBobForTwoHours();
        assertThat(asked.itemType()).isEqualTo("Task");
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));

        bobIsAway("2026-03-03T06:00:00Z", "2026-03-03T07:00:00Z");

        // Tuesday 06:00-07:00 off, so the two hours are 07:00-09:00, still in the Task policy's 06:00-10:00.
        assertThat(f.as("bob").replies().get(asked.id()).dueAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    }
}
