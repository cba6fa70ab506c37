package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("Working agreement of space TEAM on the sandbox: members acknowledge it in the macro, others see a count")
class SpaceAgreementTest {

    private static final String ACKNOWLEDGE = SandboxClient.REST + "/spaces/TEAM/agreement/acknowledge";

    static FixedSandbox fixed;
    static SandboxClient client;
    static String page;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(SandboxInstants.EUROPE_MORNING);
        client = fixed.client();
        Matcher m = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\">Our working agreement")
                .matcher(client.get("alice", "/spaces/TEAM").body());
        assertThat(m.find()).isTrue();
        page = m.group(1);
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    @Test
    void aMemberAcknowledgesTheSpacesAgreementInTheMacroAndOthersSeeOnlyHowManyDid() {
        String before = client.get("emma", page).body();
        Reply acked = client.postJson("dinesh", ACKNOWLEDGE, "{}");
        Reply again = client.postJson("dinesh", ACKNOWLEDGE, "{}");
        Reply hers = client.get("emma", SandboxClient.REST + "/spaces/TEAM/agreement");

        assertThat(before).contains("Working agreement of space TEAM", "data-action=\"acknowledge\"",
                "data-acknowledge-path=\"/spaces/TEAM/agreement/acknowledge\"", "0 members acknowledged this agreement.");
        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.json().get("acknowledgedAt").asText()).isEqualTo("2026-12-02T09:30:00Z");
        assertThat(again.json().get("acknowledgements").asLong()).isEqualTo(1);
        assertThat(hers.json().get("acknowledgedAt").isNull()).isTrue();
        assertThat(hers.body()).doesNotContain("dinesh");
        String his = client.get("dinesh", page).body();
        assertThat(his).contains("You acknowledged this agreement on", "1 member acknowledged this agreement.")
                .doesNotContain("data-action=\"acknowledge\"");
        assertThat(client.get("emma", page).body()).contains("data-action=\"acknowledge\"",
                "1 member acknowledged this agreement.").doesNotContain("You acknowledged");
    }

    @Test
    void anUnknownSpaceIsNotFound() {
        assertThat(client.postJson("dinesh", SandboxClient.REST + "/spaces/NOPE/agreement/acknowledge", "{}").status())
                .isEqualTo(404);
        assertThat(client.get("dinesh", SandboxClient.REST + "/spaces/NOPE/agreement").status()).isEqualTo(404);
    }
}
