package works.async.plugin.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.plugin.agreement.AgreementActions.AgreementStanding;
import works.async.plugin.app.AppFixture;

/** Members acknowledging a project's or a space's working agreement: their own date, and only a count for everyone. */
class AgreementActionsTest {

    private static final ContainerKind SPACE = ContainerKind.CONFLUENCE_SPACE;
    private static final ContainerKind PROJECT = ContainerKind.JIRA_PROJECT;

    private final AppFixture f = new AppFixture();

    AgreementActionsTest() {
        f.host.project("DEMO", "Demo project");
        f.host.page("TEAM", "101", "Team home");
    }

    private AgreementActions as(String user) {
        return f.as(user).agreements();
    }

    @Test
    void aMemberSeesTheDayTheyAcknowledgedAndEveryoneSeesOnlyHowManyDid() {
        AgreementStanding bobs = as("bob").acknowledge(SPACE, "TEAM");
        f.clock.advance(Duration.ofDays(2));
        as("carol").acknowledge(SPACE, "TEAM");

        assertThat(bobs).isEqualTo(new AgreementStanding(Optional.of(AppFixture.MONDAY_10), 1));
        assertThat(as("bob").standing(SPACE, "TEAM"))
                .isEqualTo(new AgreementStanding(Optional.of(AppFixture.MONDAY_10), 2));
        assertThat(as("carol").standing(SPACE, "TEAM").acknowledgedAt())
                .contains(AppFixture.MONDAY_10.plus(Duration.ofDays(2)));
        assertThat(as("alice").standing(SPACE, "TEAM")).isEqualTo(new AgreementStanding(Optional.empty(), 2));
    }

    @Test
    void acknowledgingAgainKeepsTheFirstDateAndCountsOnce() {
        as("bob").acknowledge(SPACE, "TEAM");
        f.clock.advance(Duration.ofDays(3));

        AgreementStanding again = as("bob").acknowledge(SPACE, "TEAM");

        assertThat(again).isEqualTo(new AgreementStanding(Optional.of(AppFixture.MONDAY_10), 1));
    }

    @Test
    void aSpaceAndAProjectOfTheSameKeyAreCountedApart() {
        f.host.project("TEAM", "Team project");
        as("bob").acknowledge(SPACE, "TEAM");

        assertThat(as("bob").standing(PROJECT, "TEAM")).isEqualTo(new AgreementStanding(Optional.empty(), 0));
        assertThat(as("bob").standing(SPACE, "TEAM").count()).isEqualTo(1);
    }

    @Test
    void whoMayNotSeeTheSpaceGetsNotFoundAndNothingIsRecorded() {
        f.host.restricted.put("TEAM", Set.of("alice"));

        assertCode(() -> as("bob").acknowledge(SPACE, "TEAM"), ErrorCode.NOT_FOUND);
        assertCode(() -> as("bob").standing(SPACE, "TEAM"), ErrorCode.NOT_FOUND);
        assertThat(as("alice").standing(SPACE, "TEAM").count()).isZero();
    }

    @Test
    void whoMayNotBrowseTheProjectGetsNotFoundAndAnIssueKeyIsNoProject() {
        f.host.restricted.put("DEMO", Set.of("alice"));
        f.host.issue("DEMO-1", "alice", "alice");

        assertCode(() -> as("bob").acknowledge(PROJECT, "DEMO"), ErrorCode.NOT_FOUND);
        assertCode(() -> as("alice").acknowledge(PROJECT, "DEMO-1"), ErrorCode.NOT_FOUND);
        assertThat(as("alice").acknowledge(PROJECT, "DEMO").count()).isEqualTo(1);
    }

    @Test
    void anonymousCallersAreAskedToSignInAndRecordNothing() {
        assertCode(() -> as(null).acknowledge(SPACE, "TEAM"), ErrorCode.UNAUTHENTICATED);
        assertCode(() -> as(null).standing(SPACE, "TEAM"), ErrorCode.UNAUTHENTICATED);
        assertThat(as("bob").standing(SPACE, "TEAM").count()).isZero();
    }

    private static void assertCode(ThrowingSupplier<?> call, ErrorCode code) {
        assertThatThrownBy(call::get)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
