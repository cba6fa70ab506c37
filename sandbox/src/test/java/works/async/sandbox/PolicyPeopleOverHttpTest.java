package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("Over HTTP: policies name only the sandbox's users and groups; the group picker's GET /groups")
class PolicyPeopleOverHttpTest {

    static final String R = SandboxClient.REST;

    static FixedSandbox fixed;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(SandboxInstants.EUROPE_MORNING);
        client = fixed.client();
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    @Test
    void theDemoSpacePolicyEscalatesToItsPeopleTeamAndStaysValidWhenSavedAgain() {
        Reply read = client.get("carol", R + "/policies/spaces/PEOPLE");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode own = read.json().get("own");
        assertThat(own.get("reply").get("escalationTarget").toString())
                .isEqualTo("{\"kind\":\"GROUP\",\"group\":\"people-team\"}");

        Reply saved = client.putJson("carol", R + "/policies/spaces/PEOPLE", own.toString());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("own").get("reply")).isEqualTo(own.get("reply"));
    }

    @Test
    void anUnknownCoordinatorAndAnUnknownGroupAre400NamingTheirFieldsAndNothingIsSaved() {
        String path = R + "/policies/projects/DEMO";
        JsonNode before = client.get("alice", path).json().get("own");

        Reply refused = client.putJson("alice", path, "{\"ownership\":{\"coordinators\":["
                + "{\"kind\":\"USER\",\"name\":\"dinesh\"},{\"kind\":\"USER\",\"name\":\"mallory\"}]},"
                + "\"reply\":{\"escalationTarget\":{\"kind\":\"GROUP\",\"group\":\"qa-team\"}}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode body = refused.json();
        assertThat(body.get("error").asText()).isEqualTo("invalid_policy");
        assertThat(body.get("field").asText()).isEqualTo("ownership.coordinators[1].name");
        assertThat(body.get("problems").findValuesAsText("field"))
                .containsExactly("ownership.coordinators[1].name", "reply.escalationTarget.group");
        assertThat(body.get("problems").findValuesAsText("code")).containsExactly("unknown_user", "unknown_group");
        assertThat(body.get("problems").get(1).get("message").asText()).isEqualTo("There is no group with this name.");
        assertThat(refused.body()).doesNotContain("Exception", "works.async");
        assertThat(client.get("alice", path).json().get("own")).isEqualTo(before);
    }

    @Test
    void knownNamesInAnotherCaseAreSavedExactlyAsTyped() {
        String path = R + "/policies/projects/DEMO/types/Bug";
        String coordinators = "[{\"kind\":\"USER\",\"name\":\"Dinesh\"},{\"kind\":\"GROUP\",\"name\":\"Release-Managers\"}]";

        Reply saved = client.putJson("alice", path, "{\"ownership\":{\"coordinators\":" + coordinators + "},"
                + "\"reply\":{\"escalationTarget\":{\"kind\":\"GROUP\",\"group\":\"developers\"}}}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode own = client.get("alice", path).json().get("own");
        assertThat(own.get("ownership").get("coordinators").toString()).isEqualTo(coordinators);
        assertThat(own.get("reply").get("escalationTarget").get("group").asText()).isEqualTo("developers");
    }

    @Test
    void signedInPeopleFindGroupsByPartOfTheirName() {
        Reply found = client.get("bob", R + "/groups?query=TEAM");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).isEqualTo("[{\"name\":\"people-team\"}]");

        Reply jira = client.get("bob", R + "/groups?query=jira&limit=2");
        assertThat(jira.json()).hasSize(2);
        assertThat(jira.json().findValuesAsText("name")).allMatch(name -> name.contains("jira"));

        assertThat(client.get("bob", R + "/groups?query=").body()).isEqualTo("[]");
        Reply bad = client.get("bob", R + "/groups?query=dev&limit=ten");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("limit");

        Reply anonymous = client.get(null, R + "/groups?query=dev");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("developers");
    }
}
