package works.async.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Saving a policy refuses coordinators and escalation groups the host does not know; reading never asks. */
class KnownNamesValidationTest {

    private static final PolicyScope PROJECT = PolicyScope.jiraProject("DEMO");

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();
    private final Set<String> users = new LinkedHashSet<>(List.of("alice", "bob"));
    private final Set<String> groups = new LinkedHashSet<>(List.of("developers"));
    private final List<String> asked = new ArrayList<>();
    private final KnownNames host = new KnownNames() {
        @Override
        public boolean isUser(String name) {
            asked.add("user " + name);
            return users.contains(name.toLowerCase(Locale.ROOT)); // user names are case-insensitive, as in the hosts
        }

        @Override
        public boolean isGroup(String name) {
            asked.add("group " + name);
            return groups.contains(name.toLowerCase(Locale.ROOT));
        }
    };
    private final PolicyService policies = new PolicyService(store,
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC), host);

    private static Policy with(Set<Principal> coordinators, EscalationTarget target) {
        Policy none = Policy.inheritAll();
        return none.withOwnership(new OwnershipPolicy(null, null, coordinators))
                .withReply(new ReplyPolicy(null, null, null, null, target));
    }

    @Test
    void anUnknownCoordinatorAndAnUnknownGroupAreRefusedEachAtItsFieldAndNothingIsStored() {
        Policy draft = with(new LinkedHashSet<>(List.of(Principal.user("alice"), Principal.user("zoe"),
                Principal.group("ghosts"))), EscalationTarget.group("nobody-here"));

        assertThatThrownBy(() -> policies.update(PROJECT, draft, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("ownership.coordinators[1].name");
                    assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                            tuple("ownership.coordinators[1].name", "unknown_user"),
                            tuple("ownership.coordinators[2].name", "unknown_group"),
                            tuple("reply.escalationTarget.group", "unknown_group"));
                });
        assertThat(store.find(PROJECT)).isEmpty();
    }

    @Test
    void anUnknownDefaultReviewerIsRefusedAtItsEntryAndAKnownOneIsKept() {
        Policy draft = Policy.inheritAll().withReports(new ReportPolicy(null, new LinkedHashSet<>(List.of("Bob", "zoe"))));

        assertThatThrownBy(() -> policies.update(PROJECT, draft, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("reports.defaultReviewers[1]", "unknown_user")));
        assertThat(store.find(PROJECT)).isEmpty();

        policies.update(PROJECT, Policy.inheritAll().withReports(new ReportPolicy(null, Set.of("Bob"))), 0);
        assertThat(policies.effective(PROJECT).defaultReviewers()).containsExactly("Bob");
    }

    @Test
    void knownNamesInAnyCaseAreSavedAndReadBackExactlyAsGiven() {
        Policy draft = with(new LinkedHashSet<>(List.of(Principal.user("Alice"), Principal.group("Developers"))),
                EscalationTarget.group("developers"));

        policies.update(PROJECT, draft, 0);

        Policy stored = policies.get(PROJECT);
        assertThat(stored.ownership().coordinators()).containsExactly(Principal.user("Alice"), Principal.group("Developers"));
        assertThat(stored.reply().escalationTarget()).isEqualTo(EscalationTarget.group("developers"));
    }

    @Test
    void aNameThatIsAlreadyMalformedIsNotLookedUpAndKeepsItsOwnCode() {
        Policy draft = with(Set.of(Principal.user("bob\nGROUPX")), EscalationTarget.group("x".repeat(300)));

        assertThatThrownBy(() -> policies.update(PROJECT, draft, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                tuple("ownership.coordinators[0].name", "control_character"),
                                tuple("reply.escalationTarget.group", "invalid_name")));
        assertThat(asked).isEmpty();
    }

    @Test
    void aUserOrGroupRemovedAfterTheSaveLeavesThePolicyReadableAndResolvable() {
        policies.update(PROJECT, with(Set.of(Principal.user("bob")), EscalationTarget.group("developers")), 0);
        users.remove("bob");
        groups.remove("developers");
        asked.clear();

        assertThat(policies.get(PROJECT).ownership().coordinators()).containsExactly(Principal.user("bob"));
        assertThat(policies.effective(PROJECT).coordinators()).containsExactly(Principal.user("bob"));
        assertThat(policies.effective(PROJECT).escalationTarget()).isEqualTo(EscalationTarget.group("developers"));
        assertThat(asked).as("reading never asks the host").isEmpty();
    }

    @Test
    void otherTargetsAndInheritedValuesNeedNoLookup() {
        policies.update(PROJECT, with(null, EscalationTarget.reporter()), 0);

        assertThat(asked).isEmpty();
        assertThat(policies.get(PROJECT).reply().escalationTarget()).isEqualTo(EscalationTarget.reporter());
    }
}
