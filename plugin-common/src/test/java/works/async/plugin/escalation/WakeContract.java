package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.Test;

import works.async.aohost.AoDatabase;
import works.async.aohost.EntityManagerActiveObjects;
import works.async.core.ItemRef;
import works.async.core.report.Cadence;
import works.async.core.report.ReplacedMeeting;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.ao.AoWakeStore;
import works.async.plugin.app.AppFixture;
import works.async.plugin.report.ReportActions;

/**
 * A pass with nothing due asks the wake table one question and stops, yet every moment still comes: a reminder
 * planned days ahead, a series' date, a request asked on another node of the cluster between two passes, and a wake
 * added while a pass runs.
 */
abstract class WakeContract {

    /** A database for one test, emptied by the first fixture opened on it. */
    abstract AoDatabase database();

    private final AtomicInteger statements = new AtomicInteger();

    /** Node A: the node whose passes are counted. */
    private AppFixture node(AoDatabase db) {
        return new AppFixture(db, ao -> {
            ((EntityManagerActiveObjects) ao).entityManager().getProvider().addSqlListener(sql -> statements.incrementAndGet());
            return ao;
        });
    }

    private int statementsOf(AppFixture f, List<EscalationJob.Pass> passes) {
        statements.set(0);
        passes.add(f.app.escalation().runOnce());
        return statements.get();
    }

    private static ReplyRequest ask(AppFixture f, String recipient, Integer workingMinutes) {
        return f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, "DEMO-1", List.of(recipient), "Q?", workingMinutes).get(0);
    }

    @Test
    void aPassWithNothingDueIsOneStatementAndTheReminderDaysAheadStillComesAtItsMoment() {
        AppFixture f = node(database());
        // Monday 10:00, 40 working hours on Mon-Fri 09-17: reminder Thursday 16:00, due next Monday 10:00.
        ReplyRequest asked = ask(f, "bob", 40 * 60);
        List<EscalationJob.Pass> passes = new java.util.ArrayList<>();
        assertThat(statementsOf(f, passes)).isGreaterThan(1); // the new request's first look stores its moment

        for (String at : List.of("2026-03-02T10:01:00Z", "2026-03-03T12:00:00Z", "2026-03-04T09:00:00Z",
                "2026-03-05T15:59:00Z")) {
            f.clock.set(Instant.parse(at));
            assertThat(statementsOf(f, passes)).as("pass at %s", at).isEqualTo(1);
        }
        assertThat(f.host.mail).isEmpty();

        f.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
        f.clock.set(Instant.parse("2026-03-05T16:01:00Z"));
        assertThat(statementsOf(f, passes)).isEqualTo(1);
    }

    @Test
    void aRequestAskedOnAnotherNodeBetweenTwoPassesIsEscalatedByTheNextPass() {
        AoDatabase db = database();
        AppFixture a = node(db);
        AppFixture b = new AppFixture(db, null); // the same database through its own facade, host and job
        List<EscalationJob.Pass> passes = new java.util.ArrayList<>();
        a.app.escalation().runOnce();
        assertThat(statementsOf(a, passes)).isEqualTo(1);

        ReplyRequest asked = ask(b, "bob", null); // 16 working hours: due Wednesday 10:00
        a.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
        assertThat(statementsOf(a, passes)).isGreaterThan(1);
        a.clock.set(Instant.parse("2026-03-04T10:00:00Z"));
        a.app.escalation().runOnce();

        assertThat(a.host.mail).contains("bob REPLY:1:" + asked.id(), "carol REPLY:1:" + asked.id());
        assertThat(b.host.mail).isEmpty();
    }

    @Test
    void aSeriesAuthorIsRemindedAtTheStartOfTheirWorkingDayOnItsDateAfterEmptyPasses() {
        AppFixture f = node(database());
        String id = f.as("carol").reports().startSeries(new ReportActions.SeriesDraft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1",
                ReplacedMeeting.of("Monday status", 30, 6), Cadence.WEEKLY, LocalDate.of(2026, 3, 4))).series().id();
        f.app.escalation().runOnce();
        List<EscalationJob.Pass> passes = new java.util.ArrayList<>();
        // The date can begin 14 hours before its UTC start (Tuesday 10:00 UTC): a full pass then learns carol's
        // 09:00 UTC on Wednesday, and the passes until then are empty.
        f.clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        f.app.escalation().runOnce();
        f.clock.set(Instant.parse("2026-03-04T08:59:00Z"));
        assertThat(statementsOf(f, passes)).isEqualTo(1);
        assertThat(f.host.mail).isEmpty();

        f.clock.set(Instant.parse("2026-03-04T09:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).containsExactly("carol REPORT_SERIES:0:" + id + "/0");
        f.clock.set(Instant.parse("2026-03-04T09:01:00Z"));
        assertThat(statementsOf(f, passes)).isEqualTo(1);
    }

    @Test
    void aWakeAddedWhileAPassRunsSurvivesItAndWakesTheNextPass() {
        AppFixture f = node(database());
        ask(f, "bob", null);
        ActiveObjects ao = f.ao;
        AoWakeStore wakes = new AoWakeStore(ao);
        Instant now = AppFixture.MONDAY_10;
        assertThat(wakes.anyDue(now)).isTrue();
        List<Integer> read = wakes.read(1_000);

        ask(f, "dave", null); // committed after the pass read its wakes
        wakes.replace(read, Instant.parse("2026-03-09T10:00:00Z"));

        assertThat(wakes.anyDue(now)).isTrue();
        f.app.escalation().runOnce();
        assertThat(wakes.anyDue(now)).isFalse();
    }
}
