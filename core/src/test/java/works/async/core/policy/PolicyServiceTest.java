package works.async.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

class PolicyServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final PolicyScope SPACE = PolicyScope.confluenceSpace("TEAM");

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();
    private final PolicyService policies = new PolicyService(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aScopeWithoutItsOwnPolicyShowsEverythingAsInheritedAndGlobalShowsTheDefaults() {
        assertThat(policies.get(SPACE)).isEqualTo(Policy.inheritAll());
        assertThat(policies.get(PolicyScope.global())).isEqualTo(Policy.defaults());
    }

    @Test
    void savingAPolicyReportsWhatChangedAndWhen() {
        PolicyChanged changed = policies.update(SPACE, Policy.inheritAll()
                .withReply(new ReplyPolicy(Duration.ofHours(4), Map.of("Blocker", Duration.ofHours(1)), null, null, null)), 0);

        assertThat(changed.at()).isEqualTo(NOW);
        assertThat(changed.scope()).isEqualTo(SPACE);
        assertThat(changed.policy().version()).isEqualTo(1);
        assertThat(changed.changedFields()).containsExactly("reply.defaultWindow", "reply.windowsByPriority.Blocker");
        assertThat(policies.get(SPACE).version()).isEqualTo(1);
    }

    @Test
    void twoAdminsEditingTheSameVersionTheSecondSaveIsRefusedAsAConflict() {
        policies.update(SPACE, Policy.inheritAll().withReply(new ReplyPolicy(Duration.ofHours(4), null, null, null, null)), 0);
        Policy afterFirst = policies.get(SPACE);

        assertThatThrownBy(() -> policies.update(SPACE,
                Policy.inheritAll().withReply(new ReplyPolicy(Duration.ofHours(2), null, null, null, null)), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        assertThat(policies.get(SPACE)).isEqualTo(afterFirst);
        assertThat(policies.update(SPACE, afterFirst.withReply(new ReplyPolicy(Duration.ofHours(2), null, null, null, null)), 1)
                .policy().version()).isEqualTo(2);
    }

    @Test
    void scopesKnowTheirLineageFromMostSpecificToGlobal() {
        PolicyScope bug = PolicyScope.jiraProject("DEMO").withItemType("Bug");

        assertThat(bug.lineage()).containsExactly(bug, PolicyScope.jiraProject("DEMO"), PolicyScope.global());
        assertThatThrownBy(() -> PolicyScope.global().withItemType("Bug")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PolicyScope.jiraProject(" ")).isInstanceOf(DomainException.class);
    }
}
