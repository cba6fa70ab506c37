package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.followup.DueCursor;
import works.async.plugin.followup.GuardedWrite;

/** What the ownership store promises on any database. */
abstract class OwnershipStoreContract {

    abstract AoFixture fixture();

    private AoOwnershipStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoOwnershipStore(fixture().ao());
    }

    @Test
    void aConfirmationWithItsCommittedDateReadsBackExactly() {
        OwnershipRequest opened = Requests.ownership("o1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(opened, 0);
        OwnershipRequest confirmed = new OwnershipRequest("o1", opened.item(), "bob", "lead", opened.window(), opened.openedAt(),
                opened.dueAt(), OwnershipState.CONFIRMED, LocalDate.of(2026, 3, 31), null, "coord", true,
                Requests.T0.plusSeconds(60), null, true, 1, 2);

        store.save(confirmed, 1);

        assertThat(store.findById("o1")).contains(confirmed);
    }

    @Test
    void theCurrentRequestIsTheMostRecentlyOpened() {
        store.save(Requests.ownership("old", Requests.DEMO_1, "bob", Requests.T0), 0);
        store.save(Requests.ownership("new", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(10)), 0);

        assertThat(store.findCurrent(Requests.DEMO_1)).map(OwnershipRequest::id).contains("new");
        assertThat(store.findCurrent(works.async.core.ItemRef.issue("DEMO", "DEMO-404"))).isEmpty();
    }

    @Test
    void theUnconfirmedItemsAreThoseWhoseCurrentRequestStillWaitsLongestWaitingFirst() {
        store.save(Requests.ownership("waits", works.async.core.ItemRef.issue("DEMO", "DEMO-2"), "bob",
                Requests.T0.plusSeconds(60)), 0);
        store.save(Requests.ownership("waits-longer", works.async.core.ItemRef.issue("OPS", "OPS-1"), "carol",
                Requests.T0), 0);
        OwnershipRequest first = Requests.ownership("first", Requests.DEMO_1, "bob", Requests.T0);
        store.save(first, 0);
        OwnershipRequest confirmed = new OwnershipRequest("first", first.item(), "bob", "lead", first.window(),
                first.openedAt(), first.dueAt(), OwnershipState.CONFIRMED, null, null, "bob", false,
                Requests.T0.plusSeconds(30), null, false, 0, 2);
        store.save(confirmed, 1);
        store.save(Requests.ownership("page", works.async.core.ItemRef.page("DOCS", "9"), "bob", Requests.T0), 0);

        assertThat(store.findItemKeysUnconfirmed(works.async.core.ItemRef.Kind.JIRA_ISSUE, 1000))
                .containsExactly("OPS-1", "DEMO-2");
        assertThat(store.findItemKeysUnconfirmed(works.async.core.ItemRef.Kind.JIRA_ISSUE, 1)).containsExactly("OPS-1");
    }

    @Test
    void aProjectsUnconfirmedRequestsAreItsWaitingOnesLongestWaitingFirst() {
        store.save(Requests.ownership("waits", works.async.core.ItemRef.issue("DEMO", "DEMO-2"), "bob",
                Requests.T0.plusSeconds(60)), 0);
        store.save(Requests.ownership("waits-longer", works.async.core.ItemRef.issue("DEMO", "DEMO-3"), "carol",
                Requests.T0), 0);
        store.save(Requests.ownership("elsewhere", works.async.core.ItemRef.issue("OPS", "OPS-1"), "carol",
                Requests.T0), 0);
        OwnershipRequest first = Requests.ownership("first", Requests.DEMO_1, "bob", Requests.T0);
        store.save(first, 0);
        store.save(new OwnershipRequest("first", first.item(), "bob", "lead", first.window(),
                first.openedAt(), first.dueAt(), OwnershipState.CONFIRMED, null, null, "bob", false,
                Requests.T0.plusSeconds(30), null, false, 0, 2), 1);

        assertThat(store.findUnconfirmedInContainer(works.async.core.ItemRef.Kind.JIRA_ISSUE, "DEMO", 100))
                .extracting(OwnershipRequest::id).containsExactly("waits-longer", "waits");
        assertThat(store.findUnconfirmedInContainer(works.async.core.ItemRef.Kind.JIRA_ISSUE, "DEMO", 1))
                .extracting(OwnershipRequest::id).containsExactly("waits-longer");
        assertThat(store.findUnconfirmedInContainer(works.async.core.ItemRef.Kind.JIRA_ISSUE, "NONE", 100)).isEmpty();
    }

    @Test
    void aSecondCreationOfTheSameRequestIsAConflict() {
        OwnershipRequest opened = Requests.ownership("o1", Requests.DEMO_1, "bob", Requests.T0);
        store.save(opened, 0);

        assertThatThrownBy(() -> store.save(opened, 0)).hasMessage("Changed by someone else; reload and try again.");
        assertThat(store.findById("o1")).contains(opened);
    }

    @Test
    void theScanFindsOnlyRequestsStillAwaitingAnAnswer() {
        store.save(Requests.ownership("a", Requests.DEMO_1, "bob", Requests.T0), 0);
        store.save(Requests.ownership("b", works.async.core.ItemRef.issue("DEMO", "DEMO-2"), "bob", Requests.T0.plusSeconds(1)), 0);
        OwnershipRequest c = Requests.ownership("c", works.async.core.ItemRef.issue("DEMO", "DEMO-3"), "bob", Requests.T0);
        store.save(c, 0);
        store.save(new OwnershipRequest("c", c.item(), "bob", "lead", c.window(), c.openedAt(), c.dueAt(),
                OwnershipState.DECLINED, null, "not my team", "bob", false, Requests.T0, null, false, 0, 2), 1);

        // A write that may move a deadline marks the request for the next pass (its next check: when it opened);
        // the declined one is settled and never read.
        Instant now = Requests.T0.plusSeconds(9 * 3600);
        assertThat(store.findCheckDue(now, DueCursor.start(), 10)).extracting(s -> s.request().id()).containsExactly("a", "b");
        assertThat(store.findCheckDue(now, DueCursor.start(), 1)).extracting(s -> s.request().id()).containsExactly("a");
        assertThat(store.findCheckDue(Requests.T0.minusSeconds(1), DueCursor.start(), 10)).isEqualTo(List.of());
    }

    @Test
    void inTheSameMillisecondTheActiveRequestIsCurrentNotTheOneItSuperseded() {
        // Reassigned within one millisecond: both requests carry the same opening time, and the superseded one has
        // the id that sorts last, so ordering by (opened, id) alone would pick it.
        OwnershipRequest first = Requests.ownership("zzz-first", Requests.DEMO_1, "bob", Requests.T0);
        store.save(first, 0);
        store.save(ended(first, OwnershipState.SUPERSEDED, Requests.T0), 1);
        store.save(Requests.ownership("aaa-second", Requests.DEMO_1, "carol", Requests.T0), 0);

        assertThat(store.findCurrent(Requests.DEMO_1)).map(OwnershipRequest::id).contains("aaa-second");

        // Through the service, with a clock that does not move: the second owner's request is the current one, so
        // assigning the same owner again changes nothing and a third owner supersedes the right request.
        works.async.core.ItemRef item = works.async.core.ItemRef.issue("DEMO", "DEMO-7");
        java.util.Iterator<String> ids = List.of("m-3", "m-2", "m-1").iterator();
        works.async.core.ownership.OwnershipService service = new works.async.core.ownership.OwnershipService(store,
                user -> works.async.core.time.WorkingCalendar.of(works.async.core.time.WeeklyPattern.mondayToFriday("09:00", "17:00"),
                        java.time.ZoneOffset.UTC, java.util.Set.of(), List.of()),
                java.time.Clock.fixed(Requests.T0, java.time.ZoneOffset.UTC), ids::next);
        service.open(item, "bob", "lead", java.time.Duration.ofHours(8));
        service.open(item, "carol", "lead", java.time.Duration.ofHours(8));
        assertThat(service.open(item, "carol", "lead", java.time.Duration.ofHours(8)).events()).isEmpty();
        service.open(item, "dave", "lead", java.time.Duration.ofHours(8));

        assertThat(store.findCurrent(item)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo("m-1");
            assertThat(r.owner()).isEqualTo("dave");
        });
        assertThat(store.findById("m-2").orElseThrow().state()).isEqualTo(OwnershipState.SUPERSEDED);
        assertThat(store.findById("m-3").orElseThrow().state()).isEqualTo(OwnershipState.SUPERSEDED);
    }

    @Test
    void withoutAnActiveRequestTheNewestIsCurrent() {
        OwnershipRequest old = Requests.ownership("old", Requests.DEMO_1, "bob", Requests.T0);
        store.save(old, 0);
        store.save(ended(old, OwnershipState.SUPERSEDED, Requests.T0.plusSeconds(5)), 1);
        OwnershipRequest last = Requests.ownership("last", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(5));
        store.save(last, 0);
        store.save(ended(last, OwnershipState.WITHDRAWN, Requests.T0.plusSeconds(9)), 1);

        assertThat(store.findCurrent(Requests.DEMO_1)).map(OwnershipRequest::state).contains(OwnershipState.WITHDRAWN);
    }

    @Test
    void inTheSameMillisecondAClosedSuccessorIsCurrentNotTheRequestItSuperseded() {
        // Reassigned and then withdrawn (the macro removed from its page) at one instant: no request is active, and
        // the superseded one has the id that sorts last; the withdrawn successor is what the item shows.
        OwnershipRequest first = Requests.ownership("zzz-first", Requests.DEMO_1, "bob", Requests.T0);
        store.save(first, 0);
        store.save(ended(first, OwnershipState.SUPERSEDED, Requests.T0), 1);
        OwnershipRequest second = Requests.ownership("aaa-second", Requests.DEMO_1, "carol", Requests.T0);
        store.save(second, 0);
        store.save(ended(second, OwnershipState.WITHDRAWN, Requests.T0), 1);

        assertThat(store.findCurrent(Requests.DEMO_1)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo("aaa-second");
            assertThat(r.state()).isEqualTo(OwnershipState.WITHDRAWN);
        });
    }

    @Test
    void aClosingReasonReadsBackAndARowWithoutOneReadsAsBefore() {
        OwnershipRequest resolved = Requests.ownership("resolved", Requests.DEMO_1, "bob", Requests.T0);
        store.save(resolved, 0);
        OwnershipRequest closed = new OwnershipRequest("resolved", resolved.item(), "bob", "lead", resolved.window(),
                resolved.openedAt(), resolved.dueAt(), OwnershipState.WITHDRAWN, null, null, null, false, null,
                Requests.T0.plusSeconds(30), OwnershipRequest.ITEM_RESOLVED, false, 0, 2);
        store.save(closed, 1);
        OwnershipRequest old = Requests.ownership("old", works.async.core.ItemRef.issue("DEMO", "DEMO-2"), "bob",
                Requests.T0);
        store.save(old, 0);
        store.save(ended(old, OwnershipState.WITHDRAWN, Requests.T0.plusSeconds(30)), 1);

        assertThat(store.findById("resolved")).contains(closed);
        assertThat(store.findById("old").orElseThrow().closeReason()).isNull();
    }

    @Test
    void theHistoryIsTheRequestsBeforeTheCurrentOneNewestFirst() {
        OwnershipRequest declined = Requests.ownership("declined", Requests.DEMO_1, "bob", Requests.T0);
        store.save(declined, 0);
        store.save(new OwnershipRequest("declined", declined.item(), "bob", "lead", declined.window(),
                declined.openedAt(), declined.dueAt(), OwnershipState.DECLINED, null, "On leave", "bob", false,
                Requests.T0.plusSeconds(5), null, false, 0, 2), 1);
        store.save(Requests.ownership("asked", Requests.DEMO_1, "carol", Requests.T0.plusSeconds(10)), 0);

        var owned = store.findWithHistory(Requests.DEMO_1);

        assertThat(owned.current()).map(OwnershipRequest::id).contains("asked");
        assertThat(owned.earlier()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(OwnershipState.DECLINED);
            assertThat(r.declineReason()).isEqualTo("On leave");
        });
        assertThat(store.findWithHistory(works.async.core.ItemRef.issue("DEMO", "DEMO-404")).earlier()).isEmpty();
    }

    @Test
    void aPageOfEscalationsSkipsOnlyTheRequestAnsweredSinceItWasRead() {
        List<GuardedWrite<OwnershipRequest>> writes = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OwnershipRequest r = Requests.ownership("o" + i, works.async.core.ItemRef.issue("DEMO", "DEMO-" + i), "bob", Requests.T0);
            store.save(r, 0);
            writes.add(new GuardedWrite<>(escalated(r), 1, List.of(new works.async.core.escalation.Notification(
                    new works.async.core.escalation.NotificationKey(r.id(), works.async.core.escalation.DeadlineKind.OWNERSHIP, 1),
                    "bob", "bob", r.dueAt(), r.dueAt(), false))));
        }
        OwnershipRequest o1 = store.findById("o1").orElseThrow();
        store.save(new OwnershipRequest("o1", o1.item(), "bob", "lead", o1.window(), o1.openedAt(), o1.dueAt(),
                OwnershipState.CONFIRMED, null, null, "bob", false, Requests.T0.plusSeconds(60), null, false, 0, 2), 1);

        assertThat(store.saveAllWithNotifications(writes)).containsExactly("o1");

        assertThat(store.findById("o1").orElseThrow().state()).isEqualTo(OwnershipState.CONFIRMED);
        for (String id : List.of("o0", "o2", "o3")) {
            assertThat(store.findById(id).orElseThrow()).satisfies(r -> {
                assertThat(r.escalationLevel()).isEqualTo(1);
                assertThat(r.version()).isEqualTo(2);
            });
        }
        assertThat(new Outbox(fixture().ao()).pending(10)).extracting(n -> n.key().requestId())
                .containsExactlyInAnyOrder("o0", "o2", "o3");
    }

    private static OwnershipRequest ended(OwnershipRequest r, OwnershipState terminal, Instant at) {
        return new OwnershipRequest(r.id(), r.item(), r.owner(), r.requestedBy(), r.window(), r.openedAt(), r.dueAt(),
                terminal, r.committedDate(), r.declineReason(), r.actedBy(), r.onBehalf(), r.actedAt(), at,
                r.reminded(), r.escalationLevel(), r.version() + 1);
    }

    private static OwnershipRequest escalated(OwnershipRequest r) {
        return new OwnershipRequest(r.id(), r.item(), r.owner(), r.requestedBy(), r.window(), r.openedAt(), r.dueAt(),
                r.state(), r.committedDate(), r.declineReason(), r.actedBy(), r.onBehalf(), r.actedAt(), r.endedAt(),
                true, 1, r.version() + 1);
    }
}
