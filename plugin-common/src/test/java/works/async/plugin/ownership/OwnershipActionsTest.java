package works.async.plugin.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Principal;
import works.async.plugin.app.AppFixture;

class OwnershipActionsTest {

    private static final ItemRef.Kind ISSUE = ItemRef.Kind.JIRA_ISSUE;

    private final AppFixture f = new AppFixture();

    @Test
    void assigningOpensAConfirmationDueInTheOwnersWorkingHoursAndTheOwnerConfirms() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");

        OwnershipRequest opened = f.as("alice").ownership().current(ISSUE, "DEMO-1").orElseThrow();
        assertThat(opened.state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(opened.dueAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z")); // 8 working hours, 09-17

        OwnershipRequest confirmed = f.as("alice").ownership().confirm(ISSUE, "DEMO-1", LocalDate.of(2026, 3, 6), null);
        assertThat(confirmed.state()).isEqualTo(OwnershipState.CONFIRMED);
        assertThat(confirmed.committedDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(confirmed.onBehalf()).isFalse();
    }

    @Test
    void someoneWhoIsNeitherOwnerNorCoordinatorIsRefused() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");

        assertThatThrownBy(() -> f.as("bob").ownership().confirm(ISSUE, "DEMO-1", null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.as("alice").ownership().current(ISSUE, "DEMO-1").orElseThrow().state())
                .isEqualTo(OwnershipState.REQUESTED);
    }

    @Test
    void aCoordinatorNamedThroughAGroupConfirmsOnBehalfAndItIsRecorded() {
        f.host.groups.put("team-leads", Set.of("bob"));
        f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, null, Set.of(Principal.group("team-leads")))), 0);
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");

        OwnershipRequest confirmed = f.as("bob").ownership().confirm(ISSUE, "DEMO-1", null, "alice");

        assertThat(confirmed.state()).isEqualTo(OwnershipState.CONFIRMED);
        assertThat(confirmed.onBehalf()).isTrue();
        assertThat(confirmed.actedBy()).isEqualTo("bob");
    }

    @Test
    void onBehalfOfAnOwnerWhoIsNoLongerTheOwnerIsAConflict() {
        f.host.groups.put("team-leads", Set.of("bob"));
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");

        assertThatThrownBy(() -> f.as("bob").ownership().confirm(ISSUE, "DEMO-1", null, "dave"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void anItemTheCallerCannotViewIsNotFoundEvenForItsOwner() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        f.host.restricted.put("DEMO-1", Set.of("carol"));

        assertThatThrownBy(() -> f.as("alice").ownership().confirm(ISSUE, "DEMO-1", null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> f.as("alice").items().issue("DEMO-1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void reassigningSupersedesTheOldRequestAndOpensOneForTheNewOwner() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        f.clock.advance(java.time.Duration.ofMinutes(1));
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "bob", "carol");

        OwnershipRequest current = f.as("bob").ownership().current(ISSUE, "DEMO-1").orElseThrow();
        assertThat(current.owner()).isEqualTo("bob");
        assertThat(current.state()).isEqualTo(OwnershipState.REQUESTED);
        assertThatThrownBy(() -> f.as("alice").ownership().confirm(ISSUE, "DEMO-1", null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aDeclineReasonIsStoredExactlyAsTypedAndAFurtherConfirmIsAnIllegalTransition() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        String reason = "  <script>alert(1)</script> not my area\n";

        OwnershipRequest declined = f.as("alice").ownership().decline(ISSUE, "DEMO-1", reason);

        assertThat(declined.declineReason()).isEqualTo(reason);
        assertThatThrownBy(() -> f.as("alice").ownership().confirm(ISSUE, "DEMO-1", null, null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void withConfirmationSwitchedOffForTheProjectNothingIsOpened() {
        f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(false, null, null)), 0);
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");

        assertThat(f.as("alice").ownership().current(ISSUE, "DEMO-1")).isEmpty();
    }

    @Test
    void resolvingTheItemWithdrawsARequestStillWaitingForAnAnswer() {
        f.app.events().itemAssigned(f.host.items.get("DEMO-1"), "alice", "carol");
        f.app.events().itemResolved(f.host.items.get("DEMO-1"));

        assertThat(f.as("alice").ownership().current(ISSUE, "DEMO-1").orElseThrow().state())
                .isEqualTo(OwnershipState.WITHDRAWN);
    }
}
