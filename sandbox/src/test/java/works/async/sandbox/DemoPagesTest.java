package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import works.async.sandbox.SandboxClient.Reply;

/** What the README's "What you can try" promises of space TEAM is what a newcomer finds there. */
class DemoPagesTest {

    static FixedSandbox fixed;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(Instant.parse("2026-12-02T09:30:00Z"));
        client = fixed.client();
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    @Test
    void theLaunchPlanHasItsActionItemsAndTwoOpenQuestions() {
        Reply space = client.get("bob", "/spaces/TEAM");
        Matcher link = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\"[^>]*>Launch plan").matcher(space.body());
        assertThat(link.find()).as(space.body()).isTrue();
        String id = link.group(1).substring(link.group(1).lastIndexOf('/') + 1);

        Reply async = client.get("bob", SandboxClient.REST + "/pages/" + id + "/async");
        assertThat(async.status()).isEqualTo(200);
        // The open ones; the demo's past weeks add questions answered long ago (DemoHistory), which are not open.
        assertThat(async.json().get("replyRequests")).filteredOn(r -> r.get("state").asText().equals("OPEN"))
                .extracting(r -> r.get("question").asText())
                .containsExactlyInAnyOrder("Do the release notes need a review by legal before the launch?",
                        "How many sign-ups per minute should the load test assume?");

        String page = client.get("bob", link.group(1)).body();
        assertThat(page).contains("Write the release notes", "Load-test the sign-up service",
                "Do the release notes need a review by legal before the launch?");
    }
}
