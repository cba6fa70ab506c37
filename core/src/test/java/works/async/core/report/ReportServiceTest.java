package works.async.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ItemRef;
import works.async.core.report.MeetingReport.CloseReason;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;
import works.async.core.testing.MutableClock;

class ReportServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ItemRef PAGE = ItemRef.page("TEAM", "1001");
    static final ReplacedMeeting STATUS = ReplacedMeeting.of("Weekly status", 45, 5);
    static final Duration WINDOW = Duration.ofHours(8);

    final Map<String, WorkingCalendar> calendars = Map.of(
            "author", office(BERLIN), "rita", office(BERLIN), "nyla", office(NEW_YORK), "olga", office(BERLIN));
    final MutableClock clock = new MutableClock(berlin("2025-01-13T10:00")); // Monday
    final InMemoryReportStore store = new InMemoryReportStore();
    final AtomicInteger sequence = new AtomicInteger();
    final ReportService service = new ReportService(store, calendars::get, clock, () -> "id" + sequence.incrementAndGet());

    static WorkingCalendar office(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }

    MeetingReport publish() {
        return service.publish(PAGE, "Sprint 12 status", "Done: A, B.\nNext: C.", STATUS, "author",
                List.of("rita", "nyla"), List.of("olga"), WINDOW).report();
    }

    @Test
    void publishing_gives_each_reviewer_a_deadline_in_their_own_calendar() {
        String body = "  Done: A, B.\n\nRisks: *none*  ";
        ReportChange change = service.publish(PAGE, "Sprint 12 status", body, STATUS, "author",
                List.of("rita", "nyla"), List.of("olga"), WINDOW);

        MeetingReport report = change.report();
        assertThat(report.body()).isEqualTo(body);
        assertThat(report.reviewer("rita").orElseThrow().dueAt()).isEqualTo(berlin("2025-01-14T10:00"));
        assertThat(report.reviewer("nyla").orElseThrow().dueAt())
                .isEqualTo(ZonedDateTime.of(2025, 1, 13, 17, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(report.reviewer("olga").orElseThrow().role()).isEqualTo(ReviewerRole.OPTIONAL);
        assertThat(report.closesAt()).isEqualTo(berlin("2025-01-14T10:00"));
        assertThat(change.events()).singleElement().isInstanceOf(ReportEvent.Published.class);
        assertThat(store.findById(report.id())).contains(report);
    }

    @Test
    void the_replaced_meeting_shows_the_person_hours_returned() {
        assertThat(STATUS.personMinutes()).isEqualTo(225);
        assertThat(STATUS.personHoursReturned()).isEqualByComparingTo(new BigDecimal("3.75"));
        assertThat(ReplacedMeeting.of("Standup", 15, 7).personHoursReturned()).isEqualTo(new BigDecimal("1.75"));
        assertThat(ReplacedMeeting.of("Sync", 10, 1).personHoursReturned()).isEqualTo(new BigDecimal("0.17"));
    }

    @Test
    void the_author_cannot_review_their_own_report_and_nobody_is_both_required_and_optional() {
        assertRefused(() -> service.publish(PAGE, "T", "B", STATUS, "author", List.of("author"), List.of(), WINDOW),
                "invalid_reviewer", "requiredReviewers[0]");
        assertRefused(() -> service.publish(PAGE, "T", "B", STATUS, "author", List.of("rita"), List.of("author"), WINDOW),
                "invalid_reviewer", "optionalReviewers[0]");
        assertRefused(() -> service.publish(PAGE, "T", "B", STATUS, "author", List.of("rita"), List.of("olga", "rita"), WINDOW),
                "invalid_reviewer", "optionalReviewers[1]");
        assertRefused(() -> service.publish(PAGE, "T", "B", STATUS, "author", List.of(), List.of("olga"), WINDOW),
                "required", "requiredReviewers");
        assertThat(store.reports).isEmpty();
    }

    @Test
    void a_report_needs_a_title_a_body_a_meeting_and_a_positive_window() {
        assertRefused(() -> service.publish(PAGE, " ", "B", STATUS, "author", List.of("rita"), null, WINDOW), "required", "title");
        assertRefused(() -> service.publish(PAGE, "T", "", STATUS, "author", List.of("rita"), null, WINDOW), "required", "body");
        assertRefused(() -> service.publish(PAGE, "\u200B", "B", STATUS, "author", List.of("rita"), null, WINDOW),
                "required", "title");
        assertRefused(() -> service.publish(PAGE, "T", "\uFEFF\u200B", STATUS, "author", List.of("rita"), null, WINDOW),
                "required", "body");
        assertRefused(() -> service.publish(PAGE, "T", "x".repeat(100_001), STATUS, "author", List.of("rita"), null, WINDOW),
                "too_long", "body");
        assertRefused(() -> service.publish(PAGE, "T", "B", null, "author", List.of("rita"), null, WINDOW), "required", "meeting");
        assertRefused(() -> service.publish(PAGE, "T", "B", STATUS, "author", List.of("rita"), null, Duration.ZERO),
                "invalid_window", "feedbackWindow");
        assertRefused(() -> ReplacedMeeting.of("Status", 0, 4), "out_of_range", "meeting.usualMinutes");
        assertRefused(() -> ReplacedMeeting.of("Status", 30, 0), "out_of_range", "meeting.attendees");
        assertRefused(() -> ReplacedMeeting.of(" ", 30, 4), "required", "meeting.name");
    }

    @Test
    void a_question_opens_a_reply_window_for_the_author() {
        MeetingReport report = publish();

        ReportChange change = service.giveFeedback(report.id(), "olga", FeedbackKind.QUESTION, "Why was C postponed?");

        assertThat(change.events()).hasSize(2);
        assertThat(change.events().get(1)).isInstanceOfSatisfying(ReportEvent.QuestionAsked.class, e -> {
            assertThat(e.question().text()).isEqualTo("Why was C postponed?");
            assertThat(e.question().reviewer()).isEqualTo("olga");
            assertThat(e.report().author()).isEqualTo("author");
            assertThat(e.replyReference().asString()).isEqualTo(report.id() + "/" + e.question().id());
        });
    }

    @Test
    void an_objection_needs_a_reason_and_other_feedback_needs_text() {
        MeetingReport report = publish();

        assertRefused(() -> service.giveFeedback(report.id(), "rita", FeedbackKind.OBJECTION, " "), "required", "text");
        assertRefused(() -> service.giveFeedback(report.id(), "rita", FeedbackKind.COMMENT, null), "required", "text");
        assertRefused(() -> service.giveFeedback(report.id(), "rita", FeedbackKind.QUESTION, ""), "required", "text");
        assertRefused(() -> service.giveFeedback(report.id(), "rita", FeedbackKind.COMMENT, "x".repeat(10_001)), "too_long", "text");
        assertThat(service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null).report().hasResponded("rita")).isTrue();
    }

    @Test
    void only_reviewers_give_feedback() {
        MeetingReport report = publish();

        assertRefused(() -> service.giveFeedback(report.id(), "author", FeedbackKind.ACKNOWLEDGE, null), "forbidden", null);
        assertRefused(() -> service.giveFeedback(report.id(), "stranger", FeedbackKind.COMMENT, "hi"), "forbidden", null);
        assertRefused(() -> service.giveFeedback("missing", "rita", FeedbackKind.COMMENT, "hi"), "not_found", "reportId");
    }

    @Test
    void the_report_closes_as_soon_as_every_required_reviewer_responded() {
        MeetingReport report = publish();
        ReportChange first = service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);
        assertThat(first.report().isOpen()).isTrue();

        ReportChange last = service.giveFeedback(report.id(), "nyla", FeedbackKind.COMMENT, "Looks good");

        assertThat(last.report().isOpen()).isFalse();
        assertThat(last.report().closeReason()).isEqualTo(CloseReason.ALL_REQUIRED_RESPONDED);
        assertThat(last.events()).last().isInstanceOfSatisfying(ReportEvent.Closed.class,
                e -> assertThat(e.outcome().optionalNotResponded()).containsExactly("olga"));
        assertThat(store.findById(report.id()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void a_required_reviewers_feedback_after_closing_is_refused() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);
        service.giveFeedback(report.id(), "nyla", FeedbackKind.ACKNOWLEDGE, null);

        assertRefused(() -> service.giveFeedback(report.id(), "rita", FeedbackKind.COMMENT, "late"), "report_closed", null);
    }

    @Test
    void an_optional_reviewer_may_still_give_feedback_until_their_deadline_after_the_required_ones_all_responded() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);
        service.giveFeedback(report.id(), "nyla", FeedbackKind.ACKNOWLEDGE, null);
        assertThat(store.findById(report.id()).orElseThrow().isOpen()).isFalse();

        ReportChange late = service.giveFeedback(report.id(), "olga", FeedbackKind.OBJECTION, "Not with this budget");

        assertThat(late.report().feedback()).extracting(Feedback::reviewer).containsExactly("rita", "nyla", "olga");
        assertThat(late.report().isOpen()).as("it closed once and stays closed").isFalse();
        assertThat(late.events()).noneMatch(e -> e instanceof ReportEvent.Closed);
        assertThat(OutcomeSummary.of(late.report()).objections()).hasSize(1);
    }

    @Test
    void an_optional_reviewers_feedback_after_their_deadline_is_refused() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);
        service.giveFeedback(report.id(), "nyla", FeedbackKind.ACKNOWLEDGE, null);
        clock.set(report.reviewer("olga").orElseThrow().dueAt());

        assertRefused(() -> service.giveFeedback(report.id(), "olga", FeedbackKind.COMMENT, "late"), "report_closed", null);
    }

    @Test
    void a_withdrawn_report_refuses_an_optional_reviewers_feedback_before_their_deadline() {
        MeetingReport report = publish();
        service.withdraw(report.id());

        assertRefused(() -> service.giveFeedback(report.id(), "olga", FeedbackKind.COMMENT, "late"), "report_closed", null);
    }

    @Test
    void the_report_closes_when_the_last_required_deadline_passes_and_lists_who_did_not_respond() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "nyla", FeedbackKind.OBJECTION, "C must not slip again");

        assertThat(service.closeIfDue(berlin("2025-01-14T09:59"))).isEmpty();
        List<ReportEvent> events = service.closeIfDue(berlin("2025-01-14T10:00"));

        assertThat(events).singleElement().isInstanceOfSatisfying(ReportEvent.Closed.class, e -> {
            assertThat(e.report().closeReason()).isEqualTo(CloseReason.DEADLINE_PASSED);
            assertThat(e.outcome().requiredNotResponded()).containsExactly("rita");
            assertThat(e.outcome().optionalNotResponded()).containsExactly("olga");
            assertThat(e.outcome().objections()).extracting(Feedback::text).containsExactly("C must not slip again");
            assertThat(e.outcome().hasObjections()).isTrue();
        });
        assertThat(service.closeIfDue(berlin("2025-01-15T10:00"))).isEmpty();
    }

    @Test
    void the_outcome_summarises_acknowledgements_open_questions_and_objections() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "olga", FeedbackKind.ACKNOWLEDGE, null);
        Feedback question = ((ReportEvent.QuestionAsked) service
                .giveFeedback(report.id(), "olga", FeedbackKind.QUESTION, "Budget?").events().get(1)).question();
        service.giveFeedback(report.id(), "rita", FeedbackKind.OBJECTION, "Scope too large");

        OutcomeSummary before = service.outcome(report.id());
        ReportChange answered = service.markQuestionAnswered(report.id(), question.id());
        OutcomeSummary after = service.outcome(report.id());

        assertThat(before.acknowledgedBy()).containsExactly("olga");
        assertThat(before.openQuestions()).extracting(Feedback::text).containsExactly("Budget?");
        assertThat(before.objections()).extracting(Feedback::reviewer).containsExactly("rita");
        assertThat(before.requiredNotResponded()).containsExactly("nyla");
        assertThat(before.personHoursReturned()).isEqualByComparingTo("3.75");
        assertThat(answered.events()).singleElement().isInstanceOf(ReportEvent.QuestionAnswered.class);
        assertThat(after.openQuestions()).isEmpty();
        assertThat(after.answeredQuestions()).extracting(Feedback::id).containsExactly(question.id());
        assertThat(service.markQuestionAnswered(report.id(), question.id()).events()).isEmpty();
        assertRefused(() -> service.markQuestionAnswered(report.id(), "nope"), "not_found", "feedbackId");
    }

    @Test
    void sending_the_same_feedback_twice_records_it_once() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "olga", FeedbackKind.COMMENT, "Nice");

        ReportChange again = service.giveFeedback(report.id(), "olga", FeedbackKind.COMMENT, "Nice");

        assertThat(again.events()).isEmpty();
        assertThat(again.report().feedback()).hasSize(1);
    }

    @Test
    void reminders_and_escalations_to_a_reviewer_are_recorded() {
        MeetingReport report = publish();

        MeetingReport updated = service.recordNotified(report.id(), "rita", true, 1);

        assertThat(updated.reviewer("rita").orElseThrow().escalationLevel()).isEqualTo(1);
        assertThat(updated.reviewer("nyla").orElseThrow().reminded()).isFalse();
        assertThat(service.recordNotified(report.id(), "rita", false, 0)).isEqualTo(updated);
        assertRefused(() -> service.recordNotified(report.id(), "author", true, 0), "not_found", "reviewer");
    }

    static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code().id()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void revising_keeps_feedback_and_the_deadlines_of_reviewers_who_stay() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);
        clock.advance(Duration.ofHours(2));

        MeetingReport revised = service.revise(report.id(), "Sprint 12 status, take 2", "Done: A, B, C.", STATUS,
                List.of("rita", "nyla"), List.of()).report();

        assertThat(revised.body()).isEqualTo("Done: A, B, C.");
        assertThat(revised.title()).isEqualTo("Sprint 12 status, take 2");
        assertThat(revised.feedback()).singleElement().satisfies(f -> assertThat(f.reviewer()).isEqualTo("rita"));
        assertThat(revised.reviewer("rita").orElseThrow().dueAt()).isEqualTo(berlin("2025-01-14T10:00"));
        assertThat(revised.reviewer("olga")).isEmpty();
        assertThat(store.findById(report.id())).contains(revised);
    }

    @Test
    void a_reviewer_added_by_a_revision_gets_the_window_from_now() {
        MeetingReport report = publish();
        clock.advance(Duration.ofHours(2));

        MeetingReport revised = service.revise(report.id(), report.title(), report.body(), STATUS,
                List.of("rita", "nyla", "olga"), List.of()).report();

        assertThat(revised.reviewer("olga").orElseThrow().role()).isEqualTo(ReviewerRole.REQUIRED);
        assertThat(revised.reviewer("olga").orElseThrow().dueAt()).isEqualTo(berlin("2025-01-14T12:00"));
    }

    @Test
    void a_revision_that_changes_nothing_saves_nothing() {
        MeetingReport report = publish();

        ReportChange change = service.revise(report.id(), report.title(), report.body(), STATUS,
                List.of("rita", "nyla"), List.of("olga"));

        assertThat(change.report().version()).isEqualTo(report.version());
    }

    @Test
    void a_revision_refuses_the_author_as_reviewer_and_a_missing_required_reviewer() {
        MeetingReport report = publish();

        assertThatThrownBy(() -> service.revise(report.id(), report.title(), report.body(), STATUS,
                List.of(), List.of())).isInstanceOf(DomainException.class).hasMessageContaining("required reviewer");
        assertThatThrownBy(() -> service.revise(report.id(), report.title(), report.body(), STATUS,
                List.of("author"), List.of())).isInstanceOf(DomainException.class).hasMessageContaining("own report");
    }

    @Test
    void withdrawing_closes_feedback_and_keeps_what_was_given() {
        MeetingReport report = publish();
        service.giveFeedback(report.id(), "rita", FeedbackKind.ACKNOWLEDGE, null);

        MeetingReport withdrawn = service.withdraw(report.id()).report();

        assertThat(withdrawn.isOpen()).isFalse();
        assertThat(withdrawn.closeReason()).isEqualTo(CloseReason.WITHDRAWN);
        assertThat(withdrawn.feedback()).hasSize(1);
        assertThat(service.withdraw(report.id()).events()).isEmpty();
        assertThatThrownBy(() -> service.giveFeedback(report.id(), "nyla", FeedbackKind.ACKNOWLEDGE, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("closed");
    }
}
