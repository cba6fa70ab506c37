package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.CalendarPolicy;
import works.async.core.policy.EscalationTarget;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.Principal;
import works.async.core.policy.ReplyPolicy;
import works.async.core.policy.ReportPolicy;

/** What the policy store promises: every field round-trips, unset stays unset (inherit), versions guard edits. */
abstract class PolicyStoreContract {

    abstract AoFixture fixture();

    private AoPolicyStore store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoPolicyStore(fixture().ao());
    }

    @Test
    void theShippedDefaultsRoundTripAtTheGlobalScope() {
        Policy saved = store.save(PolicyScope.global(), Policy.defaults(), 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.find(PolicyScope.global())).contains(Policy.defaults().withVersion(1));
    }

    @Test
    void aProjectPolicyKeepsUnsetFieldsUnsetAndEmptyListsEmpty() {
        PolicyScope scope = PolicyScope.jiraProject("DEMO").withItemType("Bug");
        Policy policy = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, Duration.ofHours(4), Set.of(Principal.group("leads"), Principal.user("u:1"))))
                .withReply(new ReplyPolicy(null, Map.of("High", Duration.ofHours(2)), null, null, EscalationTarget.group("ops")))
                .withReports(new ReportPolicy(null, Set.of()))
                .withAgreement(new AgreementPolicy("  Slack for <chat>,\n mail for decisions ", null))
                .withCalendar(new CalendarPolicy(null, Set.of(LocalDate.of(2026, 12, 25))));

        store.save(scope, policy, 0);

        assertThat(store.find(scope)).contains(policy.withVersion(1));
        assertThat(store.find(PolicyScope.jiraProject("DEMO"))).isEmpty();
    }

    @Test
    void aStaleEditIsAConflict() {
        PolicyScope scope = PolicyScope.confluenceSpace("TEAM");
        store.save(scope, Policy.inheritAll(), 0);
        store.save(scope, Policy.inheritAll().withAgreement(new AgreementPolicy("first", null)), 1);

        assertThatThrownBy(() -> store.save(scope, Policy.inheritAll().withAgreement(new AgreementPolicy("second", null)), 1))
                .hasMessage("Changed by someone else; reload and try again.");
        assertThat(store.find(scope).orElseThrow().agreement().channels()).isEqualTo("first");
    }
}
