package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

@DisplayName("Restart on the same --data: data kept, demo data not duplicated")
class RestartTest {

    @TempDir
    Path data;

    @Test
    void dataSurvivesARestartAndDemoDataIsSeededOnce() {
        String id;
        try (RunningSandbox first = SandboxMain.start("--port", "0", "--data", data.toString())) {
            SandboxClient client = new SandboxClient(first);
            id = client.postJson("bob", SandboxClient.REST + "/issues/DEMO-2/reply-requests",
                    SandboxClient.json(Map.of("recipient", "carol", "question", "Still failing after the fix?"))).json().get("id").asText();
        }
        try (RunningSandbox second = SandboxMain.start("--port", "0", "--data", data.toString())) {
            SandboxClient client = new SandboxClient(second);
            JsonNode kept = client.get("carol", SandboxClient.REST + "/reply-requests/" + id).json();
            assertThat(kept.get("question").asText()).isEqualTo("Still failing after the fix?");
            assertThat(second.services().users.all()).hasSize(6);
            // DEMO's 8 issues and the restricted project HR's 2, each once.
            assertThat(second.services().jira.allIssues()).hasSize(10);
            assertThat(second.services().confluence.pages("TEAM")).hasSize(3);
            assertThat(second.services().confluence.pages("PEOPLE")).hasSize(1);
            assertThat(second.services().jira.comments("DEMO-1")).hasSize(2);
        }
    }

    @Test
    void noDemoStartsEmpty() {
        try (RunningSandbox sandbox = SandboxMain.start("--port", "0", "--data", data.toString(), "--no-demo")) {
            assertThat(sandbox.services().users.all()).isEmpty();
        }
    }
}
