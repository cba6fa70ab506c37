package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A space's working agreement over REST: the same answers as a project's, a count and never who. */
class SpaceAgreementRestTest {

    private final RestHarness rest = new RestHarness();

    SpaceAgreementRestTest() {
        rest.f.host.page("TEAM", "101", "Team home");
    }

    @Test
    void aMemberAcknowledgesOnceAndOthersSeeOnlyTheCount() {
        RestHarness.Reply acked = rest.post("bob", "spaces/TEAM/agreement/acknowledge", "{}");
        rest.f.clock.advance(java.time.Duration.ofHours(5));
        RestHarness.Reply again = rest.post("bob", "spaces/TEAM/agreement/acknowledge", "{}");
        RestHarness.Reply alices = rest.get("alice", "spaces/TEAM/agreement");

        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.body().get("acknowledgedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(again.body().get("acknowledgedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(again.body().get("acknowledgements").asLong()).isEqualTo(1);
        assertThat(alices.status()).isEqualTo(200);
        assertThat(alices.body().get("acknowledgedAt").isNull()).isTrue();
        assertThat(alices.body().get("acknowledgements").asLong()).isEqualTo(1);
        assertThat(alices.raw()).doesNotContain("bob");
    }

    @Test
    void aHiddenSpaceAnswersLikeAnUnknownOneAndAnonymousCallersAre401() {
        rest.f.host.restricted.put("TEAM", Set.of("alice"));

        RestHarness.Reply hidden = rest.post("bob", "spaces/TEAM/agreement/acknowledge", "{}");
        RestHarness.Reply hiddenRead = rest.get("bob", "spaces/TEAM/agreement");
        RestHarness.Reply anonymous = rest.post(null, "spaces/TEAM/agreement/acknowledge", "{}");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hiddenRead.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(rest.get("alice", "spaces/TEAM/agreement").body().get("acknowledgements").asLong()).isZero();
    }
}
