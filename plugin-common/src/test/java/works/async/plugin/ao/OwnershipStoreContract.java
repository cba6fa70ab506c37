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

        Instant horizon = Requests.T0.plusSeconds(9 * 3600);
        assertThat(store.findAwaitingDue(horizon, DueCursor.start(), 10)).extracting(OwnershipRequest::id).containsExactly("a", "b");
        assertThat(store.findAwaitingDue(horizon, DueCursor.start(), 1)).extracting(OwnershipRequest::id).containsExactly("a");
        assertThat(store.findAwaitingDue(Requests.T0, DueCursor.start(), 10)).isEqualTo(List.of());
    }
}
