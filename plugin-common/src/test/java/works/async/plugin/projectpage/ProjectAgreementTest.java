package works.async.plugin.projectpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.app.AppFixture;
import works.async.plugin.projectpage.ProjectPageActions.AgreementStanding;

/** Members acknowledging a project's working agreement: their own date, and only a count for everyone. */
class ProjectAgreementTest {

    private final AppFixture f = new AppFixture();

    ProjectAgreementTest() {
        f.host.project("DEMO", "Demo project");
    }

    @Test
    void aMemberSeesTheDayTheyAcknowledgedAndEveryoneSeesHowManyDid() {
        AgreementStanding bobs = f.as("bob").projectPages().acknowledgeAgreement("DEMO");
        f.clock.advance(Duration.ofDays(2));
        f.as("bob").projectPages().acknowledgeAgreement("DEMO");
        f.as("carol").projectPages().acknowledgeAgreement("DEMO");

        assertThat(bobs.acknowledgedAt()).contains(AppFixture.MONDAY_10);
        assertThat(f.as("bob").projectPages().agreement("DEMO"))
                .isEqualTo(new AgreementStanding(java.util.Optional.of(AppFixture.MONDAY_10), 2));
        assertThat(f.as("alice").projectPages().agreement("DEMO"))
                .isEqualTo(new AgreementStanding(java.util.Optional.empty(), 2));
    }

    @Test
    void whoMayNotSeeTheProjectCannotAcknowledgeItsAgreement() {
        f.host.restricted.put("DEMO", Set.of("alice"));

        assertThatThrownBy(() -> f.as("bob").projectPages().acknowledgeAgreement("DEMO"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> f.as("bob").projectPages().acknowledgeAgreement("DEMO-1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(f.as("alice").projectPages().agreement("DEMO").count()).isZero();
    }
}
