package works.async.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.time.TimeOff;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;
import works.async.core.testing.MutableClock;

class ReplyServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ItemRef ISSUE = ItemRef.issue("DEMO", "DEMO-1");
    static final ItemRef OTHER_ISSUE = ItemRef.issue("DEMO", "DEMO-2");
    static final ReplyWindows WINDOWS = ReplyWindows.of(Duration.ofHours(8), Map.of("Highest", Duration.ofHours(2)));

    final Map<String, WorkingCalendar> calendars = new HashMap<>(Map.of(
            "asker", calendar(BERLIN), "anna", calendar(BERLIN), "nick", calendar(NEW_YORK)));
    final MutableClock clock = new MutableClock(berlin("2025-01-13T10:00")); // a Monday
    final InMemoryReplyStore store = new InMemoryReplyStore();
    final AtomicInteger sequence = new AtomicInteger();
    final ReplyService service = new ReplyService(store, calendars::get, clock, () -> "r" + sequence.incrementAndGet());

    static WorkingCalendar calendar(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }

    ReplyRequest ask(String... recipients) {
        return service.open(ISSUE, null, "asker", List.of(recipients), "Can you review?", ReplyOrigin.explicit(), null, WINDOWS)
                .requests().get(0);
    }

    @Test
    void each_recipient_gets_their_own_due_time_in_their_own_calendar() {
        ReplyChange change = service.open(ISSUE, null, "asker", List.of("anna", "nick"), "Which option?",
                ReplyOrigin.explicit(), null, WINDOWS);

        assertThat(change.requests()).hasSize(2);
        ReplyRequest anna = change.requests().get(0);
        ReplyRequest nick = change.requests().get(1);
        assertThat(anna.groupId()).isEqualTo(nick.groupId());
        assertThat(anna.id()).isNotEqualTo(nick.id());
        // Berlin Monday 10:00 + 8h: 7h Monday, 1h Tuesday.
        assertThat(anna.dueAt()).isEqualTo(berlin("2025-01-14T10:00"));
        // 10:00 Berlin is 04:00 in New York: the whole 8h fit in Nick's Monday.
        assertThat(nick.dueAt()).isEqualTo(ZonedDateTime.of(2025, 1, 13, 17, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(change.events()).hasSize(2).allMatch(e -> e instanceof ReplyEvent.Requested);
        assertThat(anna.state()).isEqualTo(ReplyState.OPEN);
        assertThat(anna.origin()).isEqualTo(ReplyOrigin.explicit());
    }

    @Test
    void the_window_comes_from_the_issue_priority_with_a_default() {
        ReplyRequest urgent = service.open(ISSUE, null, "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), "Highest", WINDOWS)
                .requests().get(0);
        ReplyRequest unknown = service.open(ISSUE, null, "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), "Low", WINDOWS)
                .requests().get(0);

        assertThat(urgent.window()).isEqualTo(Duration.ofHours(2));
        assertThat(urgent.dueAt()).isEqualTo(berlin("2025-01-13T12:00"));
        assertThat(unknown.window()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void the_question_is_stored_exactly_as_sent() {
        String question = "  @anna could you check *this*?\n\n  Thanks ";

        ReplyRequest request = service.open(ISSUE, null, "asker", List.of("anna"), question, ReplyOrigin.explicit(), null, WINDOWS)
                .requests().get(0);

        assertThat(request.question()).isEqualTo(question);
        assertThat(store.findById(request.id()).orElseThrow().question()).isEqualTo(question);
    }

    @Test
    void a_blank_or_oversized_question_is_refused() {
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna"), " \n", ReplyOrigin.explicit(), null, WINDOWS),
                "required", "question");
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna"), null, ReplyOrigin.explicit(), null, WINDOWS),
                "required", "question");
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna"), "x".repeat(10_001), ReplyOrigin.explicit(),
                null, WINDOWS), "too_long", "question");
        assertThat(service.open(ISSUE, null, "asker", List.of("anna"), "x".repeat(10_000), ReplyOrigin.explicit(), null, WINDOWS)
                .requests()).hasSize(1);
    }

    @Test
    void recipients_must_be_named_and_cannot_include_the_asker() {
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of(), "Q", ReplyOrigin.explicit(), null, WINDOWS),
                "required", "recipients");
        assertRefused(() -> service.open(ISSUE, null, "asker", java.util.Arrays.asList("anna", " "), "Q", ReplyOrigin.explicit(),
                null, WINDOWS), "required", "recipients[1]");
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna", "asker"), "Q", ReplyOrigin.explicit(), null, WINDOWS),
                "invalid_recipient", "recipients[1]");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void naming_a_recipient_twice_asks_them_once() {
        ReplyChange change = service.open(ISSUE, null, "asker", List.of("anna", "anna", "nick"), "Q", ReplyOrigin.explicit(),
                null, WINDOWS);

        assertThat(change.requests()).extracting(ReplyRequest::recipient).containsExactly("anna", "nick");
    }

    @Test
    void a_later_comment_by_the_recipient_answers_their_requests_on_that_item_only() {
        ReplyChange group = service.open(ISSUE, null, "asker", List.of("anna", "nick"), "Q", ReplyOrigin.explicit(), null, WINDOWS);
        ReplyRequest elsewhere = service.open(OTHER_ISSUE, null, "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), null, WINDOWS)
                .requests().get(0);
        Instant commentAt = clock.instant().plus(Duration.ofMinutes(30));

        ReplyChange change = service.onComment(ISSUE, "anna", "comment-7", commentAt);

        assertThat(change.requests()).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo("anna");
            assertThat(r.state()).isEqualTo(ReplyState.ANSWERED);
            assertThat(r.answerCommentId()).isEqualTo("comment-7");
            assertThat(r.closedAt()).isEqualTo(commentAt);
        });
        assertThat(change.events()).singleElement().isInstanceOf(ReplyEvent.Answered.class);
        assertThat(store.findById(group.requests().get(1).id()).orElseThrow().isOpen()).isTrue();
        assertThat(store.findById(elsewhere.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void a_comment_from_before_the_request_or_by_someone_else_does_not_answer_it() {
        ReplyRequest request = ask("anna");

        assertThat(service.onComment(ISSUE, "anna", "c1", clock.instant().minusSeconds(60)).events()).isEmpty();
        assertThat(service.onComment(ISSUE, "anna", "c2", clock.instant()).events()).isEmpty();
        assertThat(service.onComment(ISSUE, "asker", "c3", clock.instant().plusSeconds(60)).events()).isEmpty();
        assertThat(store.findById(request.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void the_recipient_marks_a_request_answered_once() {
        ReplyRequest request = ask("anna");

        ReplyChange change = service.markAnswered(request.id(), "anna");
        ReplyChange again = service.markAnswered(request.id(), "anna");

        assertThat(change.requests().get(0).state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(change.requests().get(0).closedBy()).isEqualTo("anna");
        assertThat(change.requests().get(0).answerCommentId()).isNull();
        assertThat(again.events()).isEmpty();
    }

    @Test
    void an_answer_in_a_comment_is_recorded_once_with_its_comment() {
        ReplyRequest request = ask("anna");

        ReplyChange change = service.answerWithComment(request.id(), "anna", "comment-7");
        ReplyChange again = service.answerWithComment(request.id(), "anna", "comment-7");

        assertThat(change.requests().get(0).state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(change.requests().get(0).answerCommentId()).isEqualTo("comment-7");
        assertThat(change.events()).singleElement().isInstanceOf(ReplyEvent.Answered.class);
        assertThat(again.events()).isEmpty();
        assertIllegal(() -> service.answerWithComment(request.id(), "anna", "comment-8"), "ANSWERED");
        assertRefused(() -> service.answerWithComment(ask("anna").id(), "asker", "comment-9"), "forbidden", null);
    }

    @Test
    void only_the_recipient_answers_or_renegotiates_and_only_the_asker_withdraws() {
        ReplyRequest request = ask("anna");
        Instant later = clock.instant().plus(Duration.ofDays(2));

        assertRefused(() -> service.markAnswered(request.id(), "asker"), "forbidden", null);
        assertRefused(() -> service.renegotiate(request.id(), "asker", later), "forbidden", null);
        assertRefused(() -> service.withdraw(request.id(), "anna", null), "forbidden", null);
        assertRefused(() -> service.markAnswered("missing", "anna"), "not_found", "requestId");
        assertThat(store.findById(request.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void the_asker_withdraws_with_an_optional_reason() {
        ReplyRequest request = ask("anna");

        ReplyChange change = service.withdraw(request.id(), "asker", "Found it myself ");

        ReplyRequest withdrawn = change.requests().get(0);
        assertThat(withdrawn.state()).isEqualTo(ReplyState.WITHDRAWN);
        assertThat(withdrawn.closeReason()).isEqualTo("Found it myself ");
        assertThat(change.events()).singleElement().isInstanceOf(ReplyEvent.Withdrawn.class);
        assertThat(service.withdraw(request.id(), "asker", "again").events()).isEmpty();
        assertRefused(() -> service.withdraw(ask("anna").id(), "asker", "x".repeat(2001)), "too_long", "reason");
    }

    @Test
    void closed_requests_cannot_change_state_again() {
        ReplyRequest answered = ask("anna");
        service.markAnswered(answered.id(), "anna");
        ReplyRequest withdrawn = ask("anna");
        service.withdraw(withdrawn.id(), "asker", null);

        assertIllegal(() -> service.withdraw(answered.id(), "asker", null), "ANSWERED");
        assertIllegal(() -> service.renegotiate(answered.id(), "anna", clock.instant().plusSeconds(3600)), "ANSWERED");
        assertIllegal(() -> service.markAnswered(withdrawn.id(), "anna"), "WITHDRAWN");
    }

    @Test
    void the_asker_can_undo_an_automatic_request_from_a_mention() {
        ReplyChange auto = service.open(ISSUE, null, "asker", List.of("anna", "nick"), "@anna @nick does this work?",
                ReplyOrigin.automaticMention("comment-3"), null, WINDOWS);
        service.markAnswered(auto.requests().get(1).id(), "nick");

        ReplyChange undone = service.undoAutomatic(auto.requests().get(0).groupId(), "asker");

        assertThat(undone.requests()).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo("anna");
            assertThat(r.state()).isEqualTo(ReplyState.WITHDRAWN);
            assertThat(r.closeReason()).isEqualTo(ReplyRequest.UNDONE);
            assertThat(r.origin().sourceId()).isEqualTo("comment-3");
        });
        assertThat(store.findById(auto.requests().get(1).id()).orElseThrow().state()).isEqualTo(ReplyState.ANSWERED);
    }

    @Test
    void only_the_asker_can_undo_and_only_automatic_requests() {
        ReplyChange auto = service.open(ISSUE, null, "asker", List.of("anna"), "@anna ok?",
                ReplyOrigin.automaticMention("comment-3"), null, WINDOWS);
        String explicitGroup = ask("anna").groupId();

        assertRefused(() -> service.undoAutomatic(auto.requests().get(0).groupId(), "anna"), "forbidden", null);
        assertRefused(() -> service.undoAutomatic(explicitGroup, "asker"), "not_automatic", "origin");
        assertRefused(() -> service.undoAutomatic("no-group", "asker"), "not_found", "groupId");
        assertRefused(() -> ReplyOrigin.automaticMention(" "), "required", "origin.sourceId");
    }

    @Test
    void renegotiating_keeps_the_original_due_time_visible() {
        ReplyRequest request = ask("anna");
        Instant friday = berlin("2025-01-17T12:00");

        ReplyChange change = service.renegotiate(request.id(), "anna", friday);

        ReplyRequest renegotiated = change.requests().get(0);
        assertThat(renegotiated.originalDueAt()).isEqualTo(berlin("2025-01-14T10:00"));
        assertThat(renegotiated.renegotiatedDueAt()).isEqualTo(friday);
        assertThat(renegotiated.dueAt()).isEqualTo(friday);
        assertThat(renegotiated.isOpen()).isTrue();
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ReplyEvent.Renegotiated.class,
                e -> assertThat(e.previousDueAt()).isEqualTo(berlin("2025-01-14T10:00")));
        assertThat(service.renegotiate(request.id(), "anna", friday).events()).isEmpty();
    }

    @Test
    void a_question_or_recipient_of_only_invisible_characters_is_required() {
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna"), "\u200B", ReplyOrigin.explicit(), null,
                WINDOWS), "required", "question");
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna"), "\uFEFF\u00A0", ReplyOrigin.explicit(),
                null, WINDOWS), "required", "question");
        assertRefused(() -> service.open(ISSUE, null, "asker", List.of("anna", "\u200B"), "Q?", ReplyOrigin.explicit(),
                null, WINDOWS), "required", "recipients[1]");
        assertThat(store.findOpenByRecipient("anna")).isEmpty();
    }

    @Test
    void a_renegotiated_time_must_be_in_the_future() {
        ReplyRequest request = ask("anna");

        assertRefused(() -> service.renegotiate(request.id(), "anna", clock.instant()), "invalid_due", "until");
        assertRefused(() -> service.renegotiate(request.id(), "anna", clock.instant().minusSeconds(1)), "invalid_due", "until");
        assertRefused(() -> service.renegotiate(request.id(), "anna", null), "invalid_due", "until");
    }

    @Test
    void time_off_added_while_a_request_is_open_moves_its_due_time() {
        ReplyRequest request = ask("anna");       // due Tuesday 10:00
        ReplyRequest renegotiated = ask("anna");
        service.renegotiate(renegotiated.id(), "anna", berlin("2025-01-20T09:00"));
        ReplyRequest nicks = ask("nick");
        clock.set(berlin("2025-01-13T15:00"));
        calendars.put("anna", calendar(BERLIN).withTimeOff(
                List.of(new TimeOff(berlin("2025-01-14T00:00"), berlin("2025-01-15T00:00")))));

        ReplyChange change = service.recomputeForTimeOff("anna", r -> calendars::get);

        assertThat(change.requests()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(request.id());
            assertThat(r.dueAt()).isEqualTo(berlin("2025-01-15T10:00"));
            assertThat(r.window()).isEqualTo(Duration.ofHours(8));
        });
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ReplyEvent.DueMoved.class, e -> {
            assertThat(e.previousDueAt()).isEqualTo(berlin("2025-01-14T10:00"));
            assertThat(e.at()).isEqualTo(clock.instant());
        });
        assertThat(store.findById(renegotiated.id()).orElseThrow().dueAt()).isEqualTo(berlin("2025-01-20T09:00"));
        assertThat(store.findById(nicks.id()).orElseThrow()).isEqualTo(nicks);
        assertThat(service.recomputeForTimeOff("anna", r -> calendars::get).events()).isEmpty();
    }

    @Test
    void time_off_recomputes_each_request_in_the_calendar_of_the_policy_it_was_opened_under() {
        // Under the item type's policy anna works 06:00-10:00; the service's own calendar is 09:00-17:00.
        WorkingCalendar early = WorkingCalendar.of(WeeklyPattern.mondayToFriday("06:00", "10:00"), BERLIN, Set.of(),
                List.of());
        ReplyRequest bug = service.open(ISSUE, "Bug", "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), null,
                ReplyWindows.of(Duration.ofHours(2))).requests().get(0);
        ReplyRequest plain = service.open(OTHER_ISSUE, null, "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), null,
                ReplyWindows.of(Duration.ofHours(2))).requests().get(0);
        assertThat(bug.itemType()).isEqualTo("Bug");
        calendars.put("anna", calendar(BERLIN).withTimeOff(
                List.of(new TimeOff(berlin("2025-01-13T11:00"), berlin("2025-01-13T12:00")))));

        service.recomputeForTimeOff("anna", r -> "Bug".equals(r.itemType()) ? user -> early : calendars::get);

        // Opened Monday 10:00: two hours of 06:00-10:00 fall on Tuesday 06:00-08:00.
        assertThat(store.findById(bug.id()).orElseThrow().dueAt()).isEqualTo(berlin("2025-01-14T08:00"));
        // The other request keeps counting in the 09:00-17:00 calendar, paused by the hour off.
        assertThat(store.findById(plain.id()).orElseThrow().dueAt()).isEqualTo(berlin("2025-01-13T13:00"));
    }

    @Test
    void a_policy_change_does_not_move_requests_already_open() {
        ReplyRequest request = ask("anna");
        // A later policy with a shorter window applies to new requests only: the stored window is used.
        service.open(ISSUE, null, "asker", List.of("anna"), "Q", ReplyOrigin.explicit(), null, ReplyWindows.of(Duration.ofHours(1)));

        assertThat(service.recomputeForTimeOff("anna", r -> calendars::get).events()).isEmpty();
        assertThat(store.findById(request.id()).orElseThrow().dueAt()).isEqualTo(berlin("2025-01-14T10:00"));
    }

    @Test
    void reminders_and_escalations_sent_are_recorded_and_renegotiation_starts_them_over() {
        ReplyRequest request = ask("anna");
        service.recordNotified(request.id(), true, 1);

        ReplyRequest renegotiated = service.renegotiate(request.id(), "anna", berlin("2025-01-17T12:00")).requests().get(0);

        assertThat(store.findById(request.id()).orElseThrow().escalationLevel()).isZero();
        assertThat(renegotiated.reminded()).isFalse();
        assertThat(service.recordNotified(request.id(), false, 0)).isEqualTo(renegotiated);
    }

    @Test
    void reply_windows_must_be_positive() {
        assertRefused(() -> ReplyWindows.of(Duration.ZERO), "invalid_window", "defaultWindow");
        assertRefused(() -> ReplyWindows.of(Duration.ofHours(1), Map.of("High", Duration.ofHours(-1))),
                "invalid_window", "byPriority.High");
    }

    static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code().id()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    static void assertIllegal(ThrowingCallable call, String currentState) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
            assertThat(e.getMessage()).contains(currentState);
        });
    }
}
