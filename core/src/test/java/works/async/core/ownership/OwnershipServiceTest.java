package works.async.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.schedule.CalendarResolver;
import works.async.core.time.WeeklyPattern;
import works.async.core.time.WorkingCalendar;
import works.async.core.testing.MutableClock;

class OwnershipServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ItemRef ISSUE = ItemRef.issue("DEMO", "DEMO-1");
    static final Duration EIGHT_HOURS = Duration.ofHours(8);
    static final Set<String> COORDINATORS = Set.of("coord");

    final Map<String, WorkingCalendar> calendars = Map.of(
            "anna", calendar(BERLIN), "ben", calendar(BERLIN), "coord", calendar(BERLIN),
            "kenji", calendar(TOKYO), "lead", calendar(BERLIN));
    final CalendarResolver resolver = calendars::get;
    final MutableClock clock = new MutableClock(berlin("2025-01-10T16:00")); // a Friday
    final InMemoryOwnershipStore store = new InMemoryOwnershipStore();
    final AtomicInteger sequence = new AtomicInteger();
    final OwnershipService service = new OwnershipService(store, resolver, clock, () -> "own-" + sequence.incrementAndGet());

    static WorkingCalendar calendar(ZoneId zone) {
        return WorkingCalendar.of(WeeklyPattern.mondayToFriday("09:00", "17:00"), zone, Set.of(), List.of());
    }

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void due_time_counts_the_owners_working_hours_across_the_weekend() {
        OwnershipChange change = service.open(ISSUE, "anna", "lead", Duration.ofHours(4));

        assertThat(change.request().state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(change.request().dueAt()).isEqualTo(berlin("2025-01-13T12:00"));
        assertThat(change.events()).singleElement().isInstanceOf(OwnershipEvent.Requested.class);
    }

    @Test
    void due_time_is_computed_in_the_owners_zone_not_the_requesters() {
        // Friday 16:00 Berlin is Saturday 00:00 in Tokyo: the Tokyo owner's 8 hours are all of Monday.
        OwnershipChange change = service.open(ISSUE, "kenji", "lead", EIGHT_HOURS);

        assertThat(change.request().dueAt())
                .isEqualTo(ZonedDateTime.of(2025, 1, 13, 17, 0, 0, 0, TOKYO).toInstant());
    }

    @Test
    void assigning_a_new_owner_supersedes_the_open_request_of_the_previous_one() {
        OwnershipRequest first = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        clock.advance(Duration.ofMinutes(5));

        OwnershipChange change = service.open(ISSUE, "ben", "lead", EIGHT_HOURS);

        assertThat(change.events()).hasSize(2);
        assertThat(change.events().get(0)).isInstanceOfSatisfying(OwnershipEvent.Superseded.class, e -> {
            assertThat(e.request().id()).isEqualTo(first.id());
            assertThat(e.newOwner()).isEqualTo("ben");
        });
        assertThat(change.events().get(1)).isInstanceOf(OwnershipEvent.Requested.class);
        assertThat(store.findById(first.id()).orElseThrow().state()).isEqualTo(OwnershipState.SUPERSEDED);
        assertThat(store.findById(first.id()).orElseThrow().endedAt()).isEqualTo(clock.instant());
        assertThat(store.findCurrent(ISSUE).orElseThrow().owner()).isEqualTo("ben");
    }

    @Test
    void a_confirmed_ownership_is_superseded_when_the_owner_changes() {
        OwnershipRequest first = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.confirm(first.id(), "anna", COORDINATORS, null);

        service.open(ISSUE, "ben", "lead", EIGHT_HOURS);

        assertThat(store.findById(first.id()).orElseThrow().state()).isEqualTo(OwnershipState.SUPERSEDED);
    }

    @Test
    void reassigning_the_same_owner_keeps_the_existing_request() {
        OwnershipRequest first = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        OwnershipChange again = service.open(ISSUE, "anna", "lead", EIGHT_HOURS);

        assertThat(again.events()).isEmpty();
        assertThat(again.request()).isEqualTo(first);
    }

    @Test
    void a_declined_request_is_not_superseded_and_the_new_owner_gets_a_fresh_request() {
        OwnershipRequest first = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.decline(first.id(), "anna", COORDINATORS, "On leave");

        OwnershipChange change = service.open(ISSUE, "ben", "lead", EIGHT_HOURS);

        assertThat(change.events()).singleElement().isInstanceOf(OwnershipEvent.Requested.class);
        assertThat(store.findById(first.id()).orElseThrow().state()).isEqualTo(OwnershipState.DECLINED);
    }

    @Test
    void the_owner_confirms_with_a_committed_date() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        LocalDate friday = LocalDate.of(2025, 1, 17);

        OwnershipChange change = service.confirm(open.id(), "anna", COORDINATORS, friday);

        OwnershipRequest confirmed = change.request();
        assertThat(confirmed.state()).isEqualTo(OwnershipState.CONFIRMED);
        assertThat(confirmed.committedDate()).isEqualTo(friday);
        assertThat(confirmed.actedBy()).isEqualTo("anna");
        assertThat(confirmed.onBehalf()).isFalse();
        assertThat(confirmed.actedAt()).isEqualTo(clock.instant());
        assertThat(change.events()).singleElement().isInstanceOf(OwnershipEvent.Confirmed.class);
        assertThat(store.findById(open.id())).contains(confirmed);
    }

    @Test
    void a_coordinator_confirms_on_behalf_of_the_owner_and_that_is_recorded() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        OwnershipRequest confirmed = service.confirm(open.id(), "coord", COORDINATORS, null).request();

        assertThat(confirmed.owner()).isEqualTo("anna");
        assertThat(confirmed.actedBy()).isEqualTo("coord");
        assertThat(confirmed.onBehalf()).isTrue();
        assertThat(confirmed.committedDate()).isNull();
    }

    @Test
    void a_coordinator_declines_on_behalf_of_the_owner_and_that_is_recorded() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        OwnershipRequest declined = service.decline(open.id(), "coord", COORDINATORS, "Anna is on parental leave").request();

        assertThat(declined.state()).isEqualTo(OwnershipState.DECLINED);
        assertThat(declined.actedBy()).isEqualTo("coord");
        assertThat(declined.onBehalf()).isTrue();
    }

    @Test
    void nobody_else_can_confirm_or_decline() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        assertRefused(() -> service.confirm(open.id(), "ben", COORDINATORS, null), "forbidden", null);
        assertRefused(() -> service.decline(open.id(), "ben", COORDINATORS, "no"), "forbidden", null);
        assertRefused(() -> service.confirm(open.id(), null, COORDINATORS, null), "forbidden", null);
        assertRefused(() -> service.confirm(open.id(), "coord", null, null), "forbidden", null);
        assertThat(store.findById(open.id()).orElseThrow().state()).isEqualTo(OwnershipState.REQUESTED);
    }

    @Test
    void confirming_twice_with_the_same_date_is_harmless() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        OwnershipRequest confirmed = service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 17)).request();
        clock.advance(Duration.ofDays(30)); // even once the committed date is past

        OwnershipChange again = service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 17));

        assertThat(again.events()).isEmpty();
        assertThat(again.request()).isEqualTo(confirmed);
    }

    @Test
    void confirming_again_with_another_date_updates_the_commitment() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 17));

        OwnershipChange change = service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 24));

        assertThat(change.request().committedDate()).isEqualTo(LocalDate.of(2025, 1, 24));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(OwnershipEvent.CommitmentChanged.class,
                e -> assertThat(e.previousDate()).isEqualTo(LocalDate.of(2025, 1, 17)));
    }

    @Test
    void a_committed_date_in_the_past_is_refused() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        assertRefused(() -> service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 9)),
                "invalid_date", "committedDate");
        // today in the owner's zone is fine
        assertThat(service.confirm(open.id(), "anna", COORDINATORS, LocalDate.of(2025, 1, 10)).request().state())
                .isEqualTo(OwnershipState.CONFIRMED);
    }

    @Test
    void the_decline_reason_is_stored_exactly_as_typed() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        String reason = "  Not my area —\n ask the platform team  ";

        OwnershipChange change = service.decline(open.id(), "anna", COORDINATORS, reason);

        assertThat(change.request().declineReason()).isEqualTo(reason);
        assertThat(change.events()).singleElement().isInstanceOf(OwnershipEvent.Declined.class);
    }

    @Test
    void declining_needs_a_reason_of_reasonable_length() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        assertRefused(() -> service.decline(open.id(), "anna", COORDINATORS, null), "required", "reason");
        assertRefused(() -> service.decline(open.id(), "anna", COORDINATORS, " \n\t"), "required", "reason");
        assertRefused(() -> service.decline(open.id(), "anna", COORDINATORS, "x".repeat(2001)), "too_long", "reason");
        assertThat(service.decline(open.id(), "anna", COORDINATORS, "x".repeat(2000)).request().state())
                .isEqualTo(OwnershipState.DECLINED);
    }

    @Test
    void declining_twice_with_the_same_reason_is_harmless_but_a_different_reason_is_refused() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.decline(open.id(), "anna", COORDINATORS, "Busy");

        assertThat(service.decline(open.id(), "anna", COORDINATORS, "Busy").events()).isEmpty();
        assertIllegal(() -> service.decline(open.id(), "anna", COORDINATORS, "Other"), "DECLINED");
    }

    @Test
    void terminal_states_stay_terminal() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.confirm(open.id(), "anna", COORDINATORS, null);
        assertIllegal(() -> service.decline(open.id(), "anna", COORDINATORS, "changed my mind"), "CONFIRMED");

        ItemRef other = ItemRef.issue("DEMO", "DEMO-2");
        OwnershipRequest declined = service.open(other, "anna", "lead", EIGHT_HOURS).request();
        service.decline(declined.id(), "anna", COORDINATORS, "no");
        assertIllegal(() -> service.confirm(declined.id(), "anna", COORDINATORS, null), "DECLINED");

        ItemRef third = ItemRef.issue("DEMO", "DEMO-3");
        OwnershipRequest superseded = service.open(third, "anna", "lead", EIGHT_HOURS).request();
        service.open(third, "ben", "lead", EIGHT_HOURS);
        assertIllegal(() -> service.confirm(superseded.id(), "anna", COORDINATORS, null), "SUPERSEDED");

        ItemRef fourth = ItemRef.issue("DEMO", "DEMO-4");
        OwnershipRequest withdrawn = service.open(fourth, "anna", "lead", EIGHT_HOURS).request();
        service.close(fourth);
        assertIllegal(() -> service.decline(withdrawn.id(), "anna", COORDINATORS, "late"), "WITHDRAWN");
    }

    @Test
    void closing_the_item_withdraws_a_request_still_waiting_for_the_owner() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        List<OwnershipEvent> events = service.close(ISSUE);

        assertThat(events).singleElement().isInstanceOf(OwnershipEvent.Withdrawn.class);
        assertThat(store.findById(open.id()).orElseThrow().state()).isEqualTo(OwnershipState.WITHDRAWN);
        assertThat(service.close(ISSUE)).isEmpty();
    }

    @Test
    void closing_the_item_records_that_it_was_resolved_and_a_removal_records_its_own_reason() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.close(ISSUE);
        assertThat(store.findById(open.id()).orElseThrow().closeReason()).isEqualTo(OwnershipRequest.ITEM_RESOLVED);

        ItemRef item = ItemRef.page("SPACE", "42");
        OwnershipRequest onPage = service.open(item, "anna", "lead", EIGHT_HOURS).request();
        service.close(item, OwnershipRequest.ACTION_ITEM_REMOVED);
        assertThat(store.findById(onPage.id()).orElseThrow().closeReason())
                .isEqualTo(OwnershipRequest.ACTION_ITEM_REMOVED);
    }

    @Test
    void a_superseded_or_declined_request_records_no_closing_reason() {
        OwnershipRequest first = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        OwnershipRequest second = service.open(ISSUE, "ben", "lead", EIGHT_HOURS).request();
        service.decline(second.id(), "ben", COORDINATORS, "On leave");

        assertThat(store.findById(first.id()).orElseThrow().closeReason()).isNull();
        assertThat(store.findById(second.id()).orElseThrow().closeReason()).isNull();
    }

    @Test
    void closing_the_item_keeps_a_confirmed_ownership_as_kept() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        service.confirm(open.id(), "anna", COORDINATORS, null);

        assertThat(service.close(ISSUE)).isEmpty();
        assertThat(store.findById(open.id()).orElseThrow().state()).isEqualTo(OwnershipState.CONFIRMED);
        assertThat(service.close(ItemRef.page("SPACE", "42"))).isEmpty();
    }

    @Test
    void opening_refuses_missing_people_and_empty_windows() {
        assertRefused(() -> service.open(ISSUE, " ", "lead", EIGHT_HOURS), "required", "owner");
        assertRefused(() -> service.open(ISSUE, "anna", null, EIGHT_HOURS), "required", "requestedBy");
        assertRefused(() -> service.open(ISSUE, "anna", "lead", Duration.ZERO), "invalid_window", "window");
        assertRefused(() -> service.open(ISSUE, "anna", "lead", Duration.ofHours(-1)), "invalid_window", "window");
        assertRefused(() -> service.open(ISSUE, "anna", "lead", null), "invalid_window", "window");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void acting_on_an_unknown_request_is_not_found() {
        assertRefused(() -> service.confirm("nope", "anna", COORDINATORS, null), "not_found", "requestId");
        assertRefused(() -> service.decline(null, "anna", COORDINATORS, "x"), "not_found", "requestId");
    }

    @Test
    void an_answer_based_on_an_outdated_copy_is_refused_as_a_conflict() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();
        InMemoryOwnershipStore stale = new InMemoryOwnershipStore() {
            @Override
            public Optional<OwnershipRequest> findById(String id) {
                return Optional.of(open); // what another node read before the owner confirmed
            }
        };
        stale.rows.putAll(store.rows);
        OwnershipService otherNode = new OwnershipService(stale, resolver, clock);
        new OwnershipService(stale, resolver, clock).decline(open.id(), "anna", COORDINATORS, "no");

        assertRefused(() -> otherNode.confirm(open.id(), "coord", COORDINATORS, null), "conflict", null);
        assertThat(stale.rows.get(open.id()).state()).isEqualTo(OwnershipState.DECLINED);
    }

    @Test
    void reminders_and_escalations_sent_are_recorded_and_never_lowered() {
        OwnershipRequest open = service.open(ISSUE, "anna", "lead", EIGHT_HOURS).request();

        OwnershipRequest reminded = service.recordNotified(open.id(), true, 0);
        OwnershipRequest escalated = service.recordNotified(open.id(), false, 2);
        OwnershipRequest again = service.recordNotified(open.id(), false, 1);

        assertThat(reminded.reminded()).isTrue();
        assertThat(escalated.reminded()).isTrue();
        assertThat(escalated.escalationLevel()).isEqualTo(2);
        assertThat(again).isEqualTo(escalated);
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
            assertThat(e.field()).isEqualTo("state");
            assertThat(e.getMessage()).contains(currentState);
        });
    }
}
