package works.async.plugin.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.Test;

import net.java.ao.Query;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.ReplyPolicy;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.core.schedule.PersonalSchedule;
import works.async.core.time.TimeOff;
import works.async.plugin.ao.AoPolicyStore;
import works.async.plugin.ao.AoReplyStore;
import works.async.plugin.ao.AoScheduleStore;
import works.async.plugin.ao.OwnershipEntity;
import works.async.plugin.ao.PolicyEntity;
import works.async.plugin.ao.ReplyRequestEntity;
import works.async.plugin.ao.ReportReviewerEntity;
import works.async.plugin.app.AppFixture;
import works.async.plugin.item.ItemGone;
import works.async.plugin.report.ReportActions;

/**
 * The escalation pass reads only rows whose stored next moment has come: a reminder days ahead is sent at its policy
 * moment, settled requests (past their last level, or on a deleted item) are never read again, and a row that cannot
 * be planned is recorded on itself without delaying anyone else's reminder.
 */
class DueIndexTest {

    /** Request and reviewer rows the facade returned since the last reset: what a pass read. */
    private final AtomicInteger rowsRead = new AtomicInteger();
    /** While set, reading the BAD project's policy fails as a policy holding an unparsable name once did. */
    private final AtomicBoolean badPolicy = new AtomicBoolean();
    private final AppFixture f = new AppFixture(this::counting);

    private ReplyRequest ask(String issue, String recipient, Integer workingMinutes) {
        return f.as("carol").replies().ask(ItemRef.Kind.JIRA_ISSUE, issue, List.of(recipient), "Q?", workingMinutes).get(0);
    }

    private int passReads() {
        rowsRead.set(0);
        f.app.escalation().runOnce();
        return rowsRead.get();
    }

    private ReplyRequest stored(String id) {
        return new AoReplyStore(f.ao).findById(id).orElseThrow();
    }

    @Test
    void aReminderMoreThanADayAheadOfItsDueTimeIsSentAtItsPolicyMoment() {
        // Monday 10:00, 40 working hours on Mon-Fri 09-17: due next Monday 10:00; reminder after 30 hours, Thursday
        // 16:00, four days before the due time, far beyond any 24-hour lookahead.
        ReplyRequest asked = ask("DEMO-1", "bob", 40 * 60);
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        f.app.escalation().runOnce();

        f.clock.set(Instant.parse("2026-03-05T15:59:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).isEmpty();

        f.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }

    @Test
    void aNewRequestIsReadOnceAndThenOnlyAtItsReminderMoment() {
        ReplyRequest asked = ask("DEMO-1", "bob", 40 * 60);

        assertThat(passReads()).isEqualTo(1); // its first look stores the exact moment
        f.clock.set(Instant.parse("2026-03-04T12:00:00Z"));
        assertThat(passReads()).isZero();
        f.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        assertThat(passReads()).isEqualTo(1);
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }

    @Test
    void aReviewersReminderDaysBeforeTheFeedbackDeadlineIsSentAtItsMomentAndARespondedReviewerIsNotReadAgain() {
        // 40 working hours for feedback from Monday 10:00: due next Monday 10:00, reminders Thursday 16:00.
        var report = f.as("carol").reports().publish(new ReportActions.Draft(ItemRef.Kind.JIRA_ISSUE, "DEMO-1",
                "Weekly sync", "Notes", works.async.core.report.ReplacedMeeting.of("Weekly sync", 30, 3),
                List.of("bob", "dave"), List.of(), 40 * 60));
        assertThat(passReads()).isEqualTo(2); // each reviewer's first look stores the exact moment
        f.clock.set(Instant.parse("2026-03-03T12:00:00Z"));
        f.as("dave").reports().feedback(report.id(), works.async.core.report.FeedbackKind.ACKNOWLEDGE, null);

        f.clock.set(Instant.parse("2026-03-05T15:59:00Z"));
        assertThat(passReads()).isZero();
        f.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).containsExactly("bob REPORT_FEEDBACK:0:" + report.id() + "/bob");
        f.clock.set(Instant.parse("2026-03-06T12:00:00Z"));
        assertThat(passReads()).isZero();
    }

    @Test
    void requestsPastTheirLastEscalationAreNotReadByLaterPasses() {
        List<ReplyRequest> asked = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            asked.add(ask("DEMO-1", i % 2 == 0 ? "bob" : "dave", null));
        }
        f.app.escalation().runOnce();
        // Default window 16 working hours on Mon-Fri 09-17: due Wednesday 10:00, level 2 Friday 10:00, level 3 the
        // Tuesday after, 10:00.
        f.clock.set(Instant.parse("2026-03-10T11:00:00Z"));

        assertThat(passReads()).isEqualTo(30);
        assertThat(asked).allSatisfy(r -> assertThat(stored(r.id()).escalationLevel()).isEqualTo(3));
        int mails = f.host.mail.size();

        for (int day = 1; day <= 3; day++) {
            f.clock.set(Instant.parse("2026-03-10T11:00:00Z").plus(Duration.ofDays(day)));
            assertThat(passReads()).isZero();
        }
        assertThat(f.host.mail).hasSize(mails);
    }

    @Test
    void requestsOnADeletedIssueAreClosedWithTheReasonAndNotReadAgain() {
        f.host.issue("DEMO-2", "alice", "carol");
        ReplyRequest gone = ask("DEMO-2", "bob", null);
        ReplyRequest kept = ask("DEMO-1", "bob", null);
        f.app.escalation().runOnce();
        f.host.items.remove("DEMO-2"); // deleted while the host's event was missed

        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        assertThat(passReads()).isEqualTo(2);

        assertThat(stored(gone.id())).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReplyState.WITHDRAWN);
            assertThat(r.closeReason()).isEqualTo(ItemGone.REASON);
        });
        assertThat(f.host.mail).containsExactlyInAnyOrder("bob REPLY:1:" + kept.id(), "carol REPLY:1:" + kept.id());
        f.clock.set(Instant.parse("2026-03-07T10:30:00Z"));
        assertThat(passReads()).isEqualTo(1); // only the kept request, at its next level
    }

    @Test
    void theHostsDeletionEventClosesTheItemsOpenRequestsAtOnce() {
        f.host.issue("DEMO-2", "alice", "carol");
        ReplyRequest toBob = ask("DEMO-2", "bob", null);
        ReplyRequest toDave = ask("DEMO-2", "dave", null);
        ReplyRequest elsewhere = ask("DEMO-1", "bob", null);
        f.app.events().itemAssigned(f.host.items.get("DEMO-2"), "alice", "carol");
        f.host.items.remove("DEMO-2");

        assertThat(f.app.events().itemDeleted(ItemRef.issue("DEMO", "DEMO-2"))).isEqualTo(3);

        for (ReplyRequest r : List.of(toBob, toDave)) {
            assertThat(stored(r.id())).satisfies(s -> {
                assertThat(s.state()).isEqualTo(ReplyState.WITHDRAWN);
                assertThat(s.closeReason()).isEqualTo(ItemGone.REASON);
            });
        }
        assertThat(stored(elsewhere.id()).state()).isEqualTo(ReplyState.OPEN);
        assertThat(f.as("bob").replies().openForMe()).extracting(ReplyRequest::id).containsExactly(elsewhere.id());
        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        assertThat(passReads()).isEqualTo(1);
    }

    @Test
    void aRecipientWithoutWorkingTimeForYearsIsRecordedAsAProblemAndEveryoneElseIsRemindedOnTime() {
        ReplyRequest toBob = ask("DEMO-1", "bob", null); // due Wednesday 10:00
        f.clock.set(Instant.parse("2026-03-02T14:30:00Z"));
        ReplyRequest toDave = ask("DEMO-1", "dave", null); // reminder after 12 of 16 working hours: Wednesday 10:30
        // Twenty-six back-to-back 366-day absences, beyond the engine's 25-year search, stored as an old version
        // allowed (today's validation refuses more than 732 days of time off in all).
        List<TimeOff> away = new ArrayList<>();
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < 26; i++) {
            away.add(new TimeOff(from.plus(Duration.ofDays(366L * i)), from.plus(Duration.ofDays(366L * (i + 1)))));
        }
        new AoScheduleStore(f.ao).save(new PersonalSchedule("bob", null, Set.of(), away, 0), 0);

        f.clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).contains("dave REPLY:0:" + toDave.id()).noneMatch(m -> m.endsWith(toBob.id()));
        assertThat(f.as("admin").attention().rows()).singleElement().satisfies(row -> {
            assertThat(row.requestId()).isEqualTo(toBob.id());
            assertThat(row.item()).isEqualTo(ItemRef.issue("DEMO", "DEMO-1"));
            assertThat(row.problem()).startsWith("The calendar has no working time for").doesNotContain("Exception");
            assertThat(row.retries()).isEqualTo(1);
            assertThat(row.nextRetry()).isEqualTo(Instant.parse("2026-03-04T10:35:00Z"));
        });
        // Retried with back-off (5 minutes, then 10), not on every pass.
        f.clock.set(Instant.parse("2026-03-04T10:34:00Z"));
        assertThat(passReads()).isZero();
        f.clock.set(Instant.parse("2026-03-04T10:35:00Z"));
        assertThat(passReads()).isEqualTo(1);
        assertThat(f.as("admin").attention().rows()).singleElement().satisfies(row -> {
            assertThat(row.retries()).isEqualTo(2);
            assertThat(row.nextRetry()).isEqualTo(Instant.parse("2026-03-04T10:45:00Z"));
        });
        assertThatThrownBy(() -> f.as("alice").attention().rows()).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aPolicyThatCannotBeReadStopsOnlyTheRequestsUnderIt() {
        f.host.issue("BAD-1", "alice", "carol");
        ReplyRequest underBad = ask("BAD-1", "bob", null);
        ReplyRequest fine = ask("DEMO-1", "bob", null);
        badPolicy.set(true);

        f.clock.set(Instant.parse("2026-03-03T14:00:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + fine.id());
        assertThat(f.as("admin").attention().rows()).singleElement().satisfies(row -> {
            assertThat(row.requestId()).isEqualTo(underBad.id());
            assertThat(row.problem()).isEqualTo("begin 0, end -1, length 3");
        });
        // Once the policy reads again, the retry sends the reminder and the problem is gone.
        badPolicy.set(false);
        f.clock.set(Instant.parse("2026-03-03T14:05:00Z"));
        f.app.escalation().runOnce();
        assertThat(f.host.mail).contains("bob REPLY:0:" + underBad.id());
        assertThat(f.as("admin").attention().rows()).isEmpty();
    }

    @Test
    void anIssueTypePolicyWithThousandsOfHolidaysStopsOnlyItsOwnRequests() {
        f.host.issue("HOL-1", "alice", "carol");
        ReplyRequest underHolidays = ask("HOL-1", "bob", null);
        ReplyRequest fine = ask("DEMO-1", "dave", null);
        // 9,500 holiday dates from tomorrow on (26 years, beyond the engine's 25-year search), stored on the Task
        // type's policy as an old version allowed (today's validation refuses more than 366).
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < 9_500; i++) {
            holidays.add(LocalDate.of(2026, 3, 3).plusDays(i));
        }
        new AoPolicyStore(f.ao).save(PolicyScope.of(ItemRef.issue("HOL", "HOL-1"), "Task"),
                Policy.inheritAll().withCalendar(new CalendarPolicy(null, holidays)), 0);

        f.clock.set(Instant.parse("2026-03-03T14:00:00Z"));
        f.app.escalation().runOnce();

        assertThat(f.host.mail).containsExactly("dave REPLY:0:" + fine.id());
        assertThat(f.as("admin").attention().rows()).singleElement()
                .satisfies(row -> assertThat(row.requestId()).isEqualTo(underHolidays.id()));
    }

    @Test
    void aPolicyChangeKeepsTheDueTimeAndALoweredReminderFractionStillRemindsOnce() {
        ReplyRequest asked = ask("DEMO-1", "bob", null); // due Wednesday 10:00; reminder at 0.75, Tuesday 14:00
        f.app.escalation().runOnce();
        Policy defaults = Policy.defaults();
        ReplyPolicy reply = defaults.reply();
        f.as("admin").policies().update(PolicyScope.global(), defaults.withReply(new ReplyPolicy(reply.defaultWindow(),
                reply.windowsByPriority(), reply.autoRequestOnMentionQuestion(), 0.25, reply.escalationTarget())), 0);

        f.clock.set(Instant.parse("2026-03-03T14:00:00Z"));
        f.app.escalation().runOnce();
        f.app.escalation().runOnce();

        assertThat(stored(asked.id()).dueAt()).isEqualTo(asked.dueAt());
        assertThat(f.host.mail).containsExactly("bob REPLY:0:" + asked.id());
    }

    private ActiveObjects counting(ActiveObjects real) {
        Set<Class<?>> requests = Set.of(OwnershipEntity.class, ReplyRequestEntity.class, ReportReviewerEntity.class,
                works.async.plugin.ao.ReportEntity.class);
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    if (badPolicy.get() && method.getName().equals("find") && args[0] == PolicyEntity.class
                            && args.length > 1 && args[1] instanceof Query q && q.getWhereParams() != null
                            && java.util.Arrays.stream(q.getWhereParams()).anyMatch(p -> String.valueOf(p).contains("BAD"))) {
                        throw new StringIndexOutOfBoundsException("begin 0, end -1, length 3");
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    // Rows read by a pass's scans: by a moment ("NEXT_CHECK_AT <= ?" now, "DUE_AT <= ?" and
                    // "CLOSES_AT <= ?" before the due-time index), not the re-reads by id of a page's write.
                    if (method.getName().equals("find") && requests.contains(args[0]) && result instanceof Object[] rows
                            && args.length > 1 && args[1] instanceof Query q
                            && String.valueOf(q.getWhereClause()).contains("_AT <= ?")) {
                        rowsRead.addAndGet(rows.length);
                    }
                    return result;
                });
    }
}
