package works.async.plugin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.AgreementPolicy;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyField;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyValidationException;
import works.async.core.policy.ReplyPolicy;
import works.async.plugin.app.AppFixture;

class PolicyActionsTest {

    private final AppFixture f = new AppFixture();

    @Test
    void onlyAdministratorsChangeTheGlobalPolicy() {
        Policy draft = Policy.defaults().withAgreement(new AgreementPolicy("Slack for chat", "Call the on-call phone"));

        assertThatThrownBy(() -> f.as("alice").policies().update(PolicyScope.global(), draft, 0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.as("admin").policies().update(PolicyScope.global(), draft, 0).own().agreement().channels())
                .isEqualTo("Slack for chat");
    }

    @Test
    void aProjectAdminChangesTheirOwnProjectOnly() {
        f.host.containerAdmins.put("DEMO", Set.of("alice"));
        Policy draft = Policy.inheritAll().withOwnership(new OwnershipPolicy(null, Duration.ofHours(4), null));

        PolicyActions.PolicyView saved = f.as("alice").policies().update(PolicyScope.jiraProject("DEMO"), draft, 0);

        assertThat(saved.effective().confirmationWindow()).isEqualTo(Duration.ofHours(4));
        assertThat(saved.effective().resolved(PolicyField.REPLY_DEFAULT_WINDOW).source()).isEqualTo(PolicyScope.global());
        assertThatThrownBy(() -> f.as("alice").policies().update(PolicyScope.jiraProject("OPS"), draft, 0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void noPolicyIsStoredForAProjectOrSpaceThatDoesNotExistEvenByAGlobalAdministrator() {
        f.host.missingContainers.add("NOPE");
        Policy draft = Policy.inheritAll().withOwnership(new OwnershipPolicy(null, Duration.ofHours(4), null));

        for (PolicyScope scope : java.util.List.of(PolicyScope.jiraProject("NOPE"), PolicyScope.confluenceSpace("NOPE"),
                PolicyScope.jiraProject("NOPE").withItemType("Bug"))) {
            assertThatThrownBy(() -> f.as("admin").policies().update(scope, draft, 0))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
            assertThatThrownBy(() -> f.as("admin").policies().get(scope))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
            // A project admin elsewhere learns no more: the same 404, not a 403.
            assertThatThrownBy(() -> f.as("alice").policies().update(scope, draft, 0))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
        }
        assertThat(f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), draft, 0).own().version()).isEqualTo(1);
    }

    @Test
    void anInvalidPolicyReportsEveryProblemAndSavesNothing() {
        Policy draft = Policy.inheritAll()
                .withOwnership(new OwnershipPolicy(null, Duration.ZERO, null))
                .withReply(new ReplyPolicy(null, null, null, 1.5, null));

        assertThatThrownBy(() -> f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), draft, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("ownership.confirmationWindow", "reply.reminderFraction"));
        assertThat(f.as("admin").policies().get(PolicyScope.jiraProject("DEMO")).own().version()).isZero();
    }

    @Test
    void aSaveBasedOnAStaleVersionIsAConflict() {
        Policy draft = Policy.inheritAll().withAgreement(new AgreementPolicy("a", null));
        f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), draft, 0);

        assertThatThrownBy(() -> f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), draft, 0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.CONFLICT);
    }
}
