package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.policy.PolicyScope.ContainerKind;

/** What the agreement-acknowledgement store promises on any database. */
abstract class AgreementAckStoreContract {

    abstract AoFixture fixture();

    private AoAgreementAcks store;

    @BeforeEach
    void setUp() {
        fixture().clear();
        store = new AoAgreementAcks(fixture().ao());
    }

    @Test
    void aSecondAcknowledgementKeepsTheFirstTimeAndCountsOnce() {
        Instant first = Requests.T0;

        assertThat(store.acknowledge(ContainerKind.JIRA_PROJECT, "DEMO", "bob", first)).isEqualTo(first);
        assertThat(store.acknowledge(ContainerKind.JIRA_PROJECT, "DEMO", "bob", first.plusSeconds(3600))).isEqualTo(first);

        assertThat(store.acknowledgedAt(ContainerKind.JIRA_PROJECT, "DEMO", "bob")).contains(first);
        assertThat(store.count(ContainerKind.JIRA_PROJECT, "DEMO")).isEqualTo(1);
    }

    @Test
    void acknowledgementsAreCountedPerContainerAndKind() {
        store.acknowledge(ContainerKind.JIRA_PROJECT, "DEMO", "bob", Requests.T0);
        store.acknowledge(ContainerKind.JIRA_PROJECT, "DEMO", "carol", Requests.T0);
        store.acknowledge(ContainerKind.JIRA_PROJECT, "OPS", "bob", Requests.T0);
        store.acknowledge(ContainerKind.CONFLUENCE_SPACE, "DEMO", "dave", Requests.T0);

        assertThat(store.count(ContainerKind.JIRA_PROJECT, "DEMO")).isEqualTo(2);
        assertThat(store.count(ContainerKind.JIRA_PROJECT, "OPS")).isEqualTo(1);
        assertThat(store.count(ContainerKind.CONFLUENCE_SPACE, "DEMO")).isEqualTo(1);
        assertThat(store.acknowledgedAt(ContainerKind.JIRA_PROJECT, "DEMO", "dave")).isEmpty();
        assertThat(store.acknowledgedAt(ContainerKind.CONFLUENCE_SPACE, "DEMO", "dave")).contains(Requests.T0);
    }

    @Test
    void keysThatRunTogetherStillNameDifferentPeople() {
        store.acknowledge(ContainerKind.JIRA_PROJECT, "AB", "C", Requests.T0);

        assertThat(store.acknowledgedAt(ContainerKind.JIRA_PROJECT, "A", "BC")).isEmpty();
        assertThat(store.acknowledgedAt(ContainerKind.JIRA_PROJECT, "AB", "C")).contains(Requests.T0);
    }
}
