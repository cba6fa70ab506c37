package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.sandbox.SandboxClient.Reply;
import works.async.sandbox.host.Issue;

@DisplayName("Project page of DEMO on the sandbox: draft from recent work, publish, list, working agreement")
class ProjectPageTest {

    private static final String PAGE = "/secure/async-work/project/DEMO";
    private static final String DRAFT = SandboxClient.REST + "/projects/DEMO/report-draft";

    static FixedSandbox fixed;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(SandboxInstants.EUROPE_MORNING);
        client = fixed.client();
        Services host = fixed.sandbox().services();
        host.actions.resolve(host.jira.issue("DEMO-3").orElseThrow());
        host.jira.createIssue(new Issue("DEMO-9", "DEMO", "Bug", "Blocker", "Payments sandbox is down", "", null,
                "carol", false));
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    @Test
    void thePageShowsTheDraftActionAndTheProjectsWorkingAgreement() {
        Reply page = client.get("alice", PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Project DEMO: Demo project", "data-action=\"draft\"", "New report from draft",
                "async-work-agreement-rules", "Questions get a reply within");
        assertThat(client.get("alice", "/browse/DEMO-1").body()).contains("href=\"/secure/async-work/project/DEMO\"");
        assertThat(client.get("alice", "/secure/async-work/project/NOPE").body()).doesNotContain("data-action=\"draft\"");
        // As in Jira, the project's key under /browse is its page (where a report question's links point).
        Reply browse = client.get("alice", "/browse/DEMO");
        assertThat(browse.status()).isEqualTo(302);
        assertThat(browse.raw().headers().firstValue("Location").orElse("")).endsWith(PAGE);
    }

    @Test
    void theDraftListsTheProjectsRecentWorkAndItsOpenAgreements() {
        JsonNode draft = client.get("alice", DRAFT).json();

        String body = draft.get("body").asText();
        assertThat(draft.get("since").asText()).isEqualTo("2026-11-25T09:30:00Z");
        assertThat(body).contains("Resolved (1)\n- DEMO-3 Translate the onboarding emails to Portuguese\n");
        assertThat(body).contains("Blocked (1)\n- DEMO-9 Payments sandbox is down\n");
        // The demo's assigned issues are in progress and still wait for their owners' confirmation.
        assertThat(body).contains("In progress (6)\n- DEMO-1 Checkout: retry failed card payments once\n");
        assertThat(body).contains("Ownership not yet confirmed (", "- DEMO-1 Checkout: retry failed card payments once: waiting for its owner since");
        assertThat(client.get(null, DRAFT).status()).isEqualTo(401);
    }

    @Test
    void aReportPublishedFromTheEditedDraftIsListedOnThePageAndCanBeRead() {
        JsonNode draft = client.get("alice", DRAFT).json();
        String edited = draft.get("body").asText() + "\nPlease object by Thursday.";
        Reply refused = client.postJson("alice", SandboxClient.REST + "/reports", SandboxClient.json(Map.of(
                "issue", "DEMO", "title", draft.get("title").asText(), "body", edited,
                "meeting", Map.of("name", "", "usualMinutes", 30, "attendees", 6),
                "requiredReviewers", List.of("bob"))));
        Reply published = client.postJson("alice", SandboxClient.REST + "/reports", SandboxClient.json(Map.of(
                "issue", "DEMO", "title", "Week 49 in DEMO", "body", edited,
                "meeting", Map.of("name", "Monday status", "usualMinutes", 30, "attendees", 6),
                "requiredReviewers", List.of("bob"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("meeting.name");
        assertThat(published.status()).isEqualTo(201);
        String id = published.json().get("id").asText();
        String page = client.get("bob", PAGE).body();
        assertThat(page).contains("Week 49 in DEMO", "href=\"/secure/async-work/report/" + id + "\"",
                "aui-lozenge aui-lozenge-current");
        assertThat(client.get("bob", "/secure/async-work/report/" + id).body()).contains("Please object by Thursday.");
        assertThat(client.get("alice", DRAFT).json().get("sinceLastReport").asBoolean()).isTrue();
    }

    @Test
    void aMemberAcknowledgesTheWorkingAgreementAndOthersSeeOnlyHowManyDid() {
        Reply acked = client.postJson("dinesh", SandboxClient.REST + "/projects/DEMO/agreement/acknowledge", "{}");

        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.json().get("acknowledgedAt").asText()).isEqualTo("2026-12-02T09:30:00Z");
        String his = client.get("dinesh", PAGE).body();
        assertThat(his).contains("You acknowledged this agreement on").doesNotContain("data-action=\"acknowledge\"");
        String hers = client.get("emma", PAGE).body();
        assertThat(hers).contains("data-action=\"acknowledge\"", "1 member acknowledged this agreement.")
                .doesNotContain("You acknowledged");
    }
}
